using Enterprise.Eval.Domain.Cycles;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// The one place a cycle step is taken, by the scheduler or by HR: it takes the step, and saves the cycle (with its
/// version check, so of two workers only one gets past this point) together with every participant's part, in one
/// transaction of the store; a crash or a lost race rolls all of it back, so a step and its consequences happen
/// exactly once or not at all.
/// </summary>
public sealed class CycleStepRunner(
    ICycleRepository cycles, IEnumerable<ICycleStepParticipant> participants, ILogger<CycleStepRunner> logger)
{
    public const string HeldCode = "EVAL-CYCLE-050";

    /// <summary>
    /// Takes and saves the step, or returns <see cref="StepOutcome.Refused"/> with the reason that holds it (code
    /// <see cref="HeldCode"/>). Throws <see cref="CycleChangedElsewhereException"/> when another worker took it first.
    /// </summary>
    public async Task<StepResult> TakeAsync(EvaluationCycle cycle, CycleStep step, DateTimeOffset now, string actor, CancellationToken ct, string? note = null)
    {
        foreach (var participant in participants)
        {
            if (await participant.HoldReasonAsync(cycle, step, ct) is { } reason)
            {
                logger.LogInformation("Cycle {CycleId}: {Step} held: {Reason}", cycle.Id, step, reason);
                await participant.RecordHoldAsync(cycle, step, ct);
                return new StepResult(StepOutcome.Refused, null, [new CycleIssue(HeldCode, step.ToString(), reason)]);
            }
        }
        var result = cycle.Take(step, now, actor, note);
        if (result.Event is not { } taken) return result;

        await cycles.SaveWithAsync(cycle, async token =>
        {
            foreach (var participant in participants)
                await participant.OnStepTakenAsync(cycle, taken, token);
        }, ct);
        return result;
    }
}
