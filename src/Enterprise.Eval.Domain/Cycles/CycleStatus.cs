namespace Enterprise.Eval.Domain.Cycles;

/// <summary>Where a cycle stands. The order is the only order: a cycle moves forward one status at a time.</summary>
public enum CycleStatus
{
    Draft = 0,
    Scheduled = 1,
    Open = 2,
    Closed = 3,
    Reviewing = 4,
    Publicity = 5,
    Concluded = 6,
    Certified = 7,
    Reported = 8,
}
