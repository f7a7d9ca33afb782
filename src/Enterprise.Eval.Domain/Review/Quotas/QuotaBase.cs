namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>What a cap is measured against.</summary>
public enum QuotaBase
{
    /// <summary>
    /// A share of the recommended list. The list size is the target size the scheme or HR fixed
    /// (<see cref="RecommendationPolicy.TargetListSize"/>), or, without one, the number of candidates who passed the
    /// review. Never the size of the list being built: a cap that shrinks the list would otherwise shrink itself.
    /// </summary>
    ShareOfList,
    /// <summary>A share of the applicants in the same group (passed or not), e.g. a pass rate per occupation.</summary>
    ShareOfApplicants,
    /// <summary>A fixed number of places.</summary>
    Absolute,
}
