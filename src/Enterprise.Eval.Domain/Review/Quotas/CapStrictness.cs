namespace Enterprise.Eval.Domain.Review.Quotas;

public enum CapStrictness
{
    /// <summary>原则上: a candidate over the cap stays on the list, with a warning HR must look at.</summary>
    InPrinciple,
    /// <summary>A hard cap: a candidate over it goes to the waiting list unless HR overrides with a reason.</summary>
    Hard,
}
