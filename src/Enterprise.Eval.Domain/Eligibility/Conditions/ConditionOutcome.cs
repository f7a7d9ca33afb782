namespace Enterprise.Eval.Domain.Eligibility.Conditions;

public enum ConditionOutcome
{
    Met,
    NotMet,
    /// <summary>A fact needed is unknown; the result lists it.</summary>
    Unknown,
    /// <summary>Waits for HR to record yes/no with a reason.</summary>
    NeedsAttestation,
}
