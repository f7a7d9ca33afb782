namespace Enterprise.Eval.Domain.Cycles;

/// <summary>Either a valid timetable or every finding that prevents one (all of them, not just the first).</summary>
public sealed record TimetablePlan(CycleTimetable? Timetable, IReadOnlyList<CycleIssue> Issues)
{
    public bool IsValid => Timetable is not null && Issues.Count == 0;
}
