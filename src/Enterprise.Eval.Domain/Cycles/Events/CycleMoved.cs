using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Cycles.Events;

/// <summary>A new entry of the cycle's history: drafted, scheduled, a step taken, paused, resumed, the window extended.</summary>
public sealed record CycleMoved(EvaluationCycle Cycle, CycleEvent Entry) : IDomainEvent;
