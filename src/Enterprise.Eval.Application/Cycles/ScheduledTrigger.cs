using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// One armed trigger: take <see cref="Step"/> of cycle <see cref="CycleId"/> at <see cref="At"/> (the planned instant;
/// a scheduler fires one already past at once). A cycle has at most one trigger, for its next automatic step.
/// </summary>
public sealed record ScheduledTrigger(Guid CycleId, CycleStep Step, DateTimeOffset At);
