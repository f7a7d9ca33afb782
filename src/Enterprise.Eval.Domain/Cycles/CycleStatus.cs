namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// Where a cycle stands. The order is the only order: a cycle moves forward along its path, one step at a time (a path
/// skips the statuses its scheme has no step for: Publicity without publicity, Submitted for the enterprise). Statuses are stored
/// by name. <see cref="Submitted"/> is only reached by a cycle whose certificate an authority issues (issue 19 point 2).
/// </summary>
public enum CycleStatus
{
    Draft = 0,
    Scheduled = 1,
    Open = 2,
    Closed = 3,
    Reviewing = 4,
    Publicity = 5,
    Concluded = 6,
    Submitted = 7,
    Certified = 8,
    Reported = 9,
}
