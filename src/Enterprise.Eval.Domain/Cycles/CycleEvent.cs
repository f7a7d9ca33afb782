namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// One audit entry of a cycle: what happened, the status before and after, when, by whom, and how late it was
/// against its planned instant (null when on time or unplanned). Also the cycle's domain event.
/// </summary>
public sealed record CycleEvent(
    CycleEventKind What,
    CycleStatus From,
    CycleStatus To,
    DateTimeOffset At,
    string By,
    TimeSpan? LateBy = null,
    string? Note = null);
