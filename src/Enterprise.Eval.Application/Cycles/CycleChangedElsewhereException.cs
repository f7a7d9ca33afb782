namespace Enterprise.Eval.Application.Cycles;

/// <summary>Another worker (or HR) changed the cycle since it was read: this change was not saved.</summary>
public sealed class CycleChangedElsewhereException(Guid cycleId, Exception? inner = null)
    : Exception($"评价周期“{cycleId}”已被其他操作更新，请刷新后重试。", inner)
{
    public const string Code = "EVAL-CYCLE-040";

    public Guid CycleId { get; } = cycleId;
}
