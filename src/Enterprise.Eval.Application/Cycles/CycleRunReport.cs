using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>What a run did to one cycle: the steps it took (with late-by) and what comes next.</summary>
public sealed record CycleRunReport(Guid CycleId, bool Found, IReadOnlyList<CycleEvent> Taken, NextStep? Next);
