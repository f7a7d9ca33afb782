using Enterprise.Eval.Domain.Cycles;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// The one place a cycle step is taken, by the scheduler or by HR: asks every participant whether something holds the
/// step, takes it, and lets each participant do its part in the same unit of work.
/// </summary>
public sealed class CycleStepRunner(IEnumerable<ICycleStepParticipant> participants, ILogger<CycleStepRunner> logger)
{
    public const string HeldCode = "EVAL-CYCLE-050";

    /// <summary>Takes the step, or returns <see cref="StepOutcome.Refused"/> with the reason that holds it (code <see cref="HeldCode"/>).</summary>
    public async Task<StepResult> TakeAsync(EvaluationCycle cycle, CycleStep step, DateTimeOffset now, string actor, CancellationToken ct)
    {
        foreach (var participant in participants)
        {
            if (await participant.HoldReasonAsync(cycle, step, ct) is { } reason)
            {
                logger.LogInformation("Cycle {CycleId}: {Step} held: {Reason}", cycle.Id, step, reason);
                return new StepResult(StepOutcome.Refused, null, [new CycleIssue(HeldCode, step.ToString(), reason)]);
            }
        }
        var result = cycle.Take(step, now, actor);
        if (result.Event is { } taken)
            foreach (var participant in participants)
                await participant.OnStepTakenAsync(cycle, taken, ct);
        return result;
    }
}
