namespace Enterprise.Eval.Domain.Enterprises;

public enum EnterpriseStatus
{
    Active,
    Suspended,
    /// <summary>Struck off the register (seed 003: an evaluator can be removed); it can run nothing any more.</summary>
    StruckOff,
}
