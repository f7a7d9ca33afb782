namespace Enterprise.Eval.Domain.Cycles;

/// <summary>One row of the transition table in <see cref="CycleSteps"/>.</summary>
internal sealed record CycleStepDefinition(
    CycleStep Step, CycleStatus From, CycleStatus To, CycleEventKind Event, bool IsAutomatic, Func<CycleTimetable, DateTimeOffset?> DueAt);
