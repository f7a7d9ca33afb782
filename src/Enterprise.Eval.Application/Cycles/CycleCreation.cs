using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>The scheduled cycle, or every finding against the timetable (nothing stored).</summary>
public sealed record CycleCreation(EvaluationCycle? Cycle, IReadOnlyList<CycleIssue> Issues)
{
    public bool Succeeded => Cycle is not null && Issues.Count == 0;
}
