namespace Enterprise.Eval.Domain.Schemes;

public enum QuotaStrictness
{
    /// <summary>Never exceeded.</summary>
    Hard,
    /// <summary>原则上: may be exceeded with a recorded reason.</summary>
    InPrinciple,
}
