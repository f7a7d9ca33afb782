namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// How child outcomes combine. A definite NotMet of a required child decides "all"; a Met child decides "any";
/// otherwise what is still open (unknown facts, pending attestations) stays open rather than turning into NotMet.
/// </summary>
public static class OutcomeAlgebra
{
    public static ConditionOutcome AtLeast(int k, IReadOnlyCollection<ConditionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int met = 0, pending = 0, unknown = 0;
        foreach (var o in outcomes)
        {
            if (o == ConditionOutcome.Met) met++;
            else if (o == ConditionOutcome.NeedsAttestation) pending++;
            else if (o == ConditionOutcome.Unknown) unknown++;
        }
        return Decide(k, met, pending, unknown);
    }

    public static ConditionOutcome All(IReadOnlyCollection<ConditionOutcome> outcomes) => AtLeast(outcomes.Count, outcomes);

    /// <summary><see cref="All(IReadOnlyCollection{ConditionOutcome})"/> over traces, without copying their outcomes.</summary>
    internal static ConditionOutcome All(IReadOnlyList<ConditionResult> results)
    {
        int met = 0, pending = 0, unknown = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var o = results[i].Outcome;
            if (o == ConditionOutcome.Met) met++;
            else if (o == ConditionOutcome.NeedsAttestation) pending++;
            else if (o == ConditionOutcome.Unknown) unknown++;
        }
        return Decide(results.Count, met, pending, unknown);
    }

    public static ConditionOutcome Any(IReadOnlyCollection<ConditionOutcome> outcomes) =>
        outcomes.Count == 0 ? ConditionOutcome.NotMet : AtLeast(1, outcomes);

    public static ConditionOutcome Not(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => ConditionOutcome.NotMet,
        ConditionOutcome.NotMet => ConditionOutcome.Met,
        _ => outcome,
    };

    private static ConditionOutcome Decide(int k, int met, int pending, int unknown)
    {
        if (met >= k) return ConditionOutcome.Met;
        if (met + pending + unknown < k) return ConditionOutcome.NotMet;
        // Attestation alone can still decide it: the actionable state is "ask HR".
        return met + pending >= k ? ConditionOutcome.NeedsAttestation : ConditionOutcome.Unknown;
    }
}
