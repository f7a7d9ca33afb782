namespace Enterprise.Eval.Domain.Review.Quotas;

public enum OverrideKind
{
    /// <summary>列入推荐名单 despite a hard cap or a full list.</summary>
    Include,
    /// <summary>不予推荐 despite the ranking.</summary>
    Exclude,
}
