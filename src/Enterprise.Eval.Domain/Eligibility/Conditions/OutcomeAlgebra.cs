namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// How child outcomes combine. A definite NotMet of a required child decides "all"; a Met child decides "any";
/// otherwise what is still open (unknown facts, pending attestations) stays open rather than turning into NotMet.
/// </summary>
public static class OutcomeAlgebra
{
    public static ConditionOutcome AtLeast(int k, IReadOnlyCollection<ConditionOutcome> outcomes)
    {
        var met = outcomes.Count(o => o == ConditionOutcome.Met);
        var pending = outcomes.Count(o => o == ConditionOutcome.NeedsAttestation);
        var unknown = outcomes.Count(o => o == ConditionOutcome.Unknown);
        if (met >= k) return ConditionOutcome.Met;
        if (met + pending + unknown < k) return ConditionOutcome.NotMet;
        // Attestation alone can still decide it: the actionable state is "ask HR".
        return met + pending >= k ? ConditionOutcome.NeedsAttestation : ConditionOutcome.Unknown;
    }

    public static ConditionOutcome All(IReadOnlyCollection<ConditionOutcome> outcomes) => AtLeast(outcomes.Count, outcomes);

    public static ConditionOutcome Any(IReadOnlyCollection<ConditionOutcome> outcomes) =>
        outcomes.Count == 0 ? ConditionOutcome.NotMet : AtLeast(1, outcomes);

    public static ConditionOutcome Not(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => ConditionOutcome.NotMet,
        ConditionOutcome.NotMet => ConditionOutcome.Met,
        _ => outcome,
    };
}
