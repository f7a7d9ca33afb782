namespace Enterprise.Eval.Application.Idempotency;

/// <summary>What to do with a keyed request: run it (holding <see cref="RecordId"/>), replay, refuse as a mismatch, or wait.</summary>
public sealed record IdempotencyOutcome(IdempotencyDecision Decision, Guid RecordId = default, IdempotencyAnswer? Answer = null)
{
    public static IdempotencyOutcome Run(Guid recordId) => new(IdempotencyDecision.Run, recordId);
}
