using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// What happens next to a cycle and when, for status display and the scheduler. <see cref="DueAt"/> is null for a
/// step that waits on a person (排期, 上报); <see cref="IsAutomatic"/> says whether the scheduler takes it.
/// </summary>
public sealed record NextStep(CycleStep Step, CycleStatus To, DateTimeOffset? DueAt, bool IsAutomatic, bool IsPaused, bool IsOverdue)
{
    public string ChineseText
    {
        get
        {
            var when = DueAt is { } at ? $"，时间：{ChinaTime.FormatInstant(at)}" : "";
            var overdue = IsOverdue ? "（已逾期）" : "";
            var text = $"下一步：{CycleText.Step(Step)}{when}{overdue}";
            return IsPaused ? $"已暂停。恢复后{text}" : text;
        }
    }
}
