using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// A feature's part in a cycle's steps (screening at window close, opening review, starting and concluding publicity,
/// issuing certificates). It runs inside the same unit of work as the transition, so its changes commit with the step
/// or not at all; a step taken twice (a second worker, a retry) never reaches it twice because the step itself is
/// idempotent and saved with a version check.
/// </summary>
public interface ICycleStepParticipant
{
    /// <summary>
    /// Why the step cannot be taken yet (Chinese, for HR and the log), or null when nothing holds it. A query: it
    /// writes nothing, so asking twice, or on two nodes at once, changes nothing.
    /// </summary>
    Task<string?> HoldReasonAsync(EvaluationCycle cycle, CycleStep step, CancellationToken cancellationToken);

    /// <summary>
    /// After <see cref="HoldReasonAsync"/> held the step: records the hold where the feature keeps one (e.g. publicity
    /// held by open objections, HR told once), in a unit of work of its own. Safe to run on every refused attempt.
    /// </summary>
    Task RecordHoldAsync(EvaluationCycle cycle, CycleStep step, CancellationToken cancellationToken);

    /// <summary>Does this feature's work for a step just taken; adds to the unit of work without saving.</summary>
    Task OnStepTakenAsync(EvaluationCycle cycle, CycleEvent taken, CancellationToken cancellationToken);
}
