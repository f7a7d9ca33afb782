using Enterprise.Eval.Domain.Review.Conflicts;
using Enterprise.Eval.Domain.Review.Scoring;

namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>
/// A candidate handed to the ranking. Pass every applicant: those who did not pass the review (PassedReview false)
/// are never ranked but still count as applicants for caps measured on applicants. UsesUnitQuota false marks a
/// candidate who does not take a unit place (南通: 往年未通过全省高级技师综合评审者不占指标).
/// </summary>
public sealed record RankingEntry(
    ReviewCandidate Candidate,
    decimal Total,
    IReadOnlyDictionary<string, decimal> StageScores,
    bool PassedReview,
    bool UsesUnitQuota = true)
{
    /// <summary>From a session's composite; passing means every stage passed and, if there was a vote, it passed.</summary>
    public static RankingEntry From(ReviewCandidate candidate, CompositeScore composite, bool votePassed = true,
        bool usesUnitQuota = true) =>
        new(candidate, composite.Total,
            composite.Parts.Where(p => p.Aggregate is not null).ToDictionary(p => p.StageCode, p => p.Aggregate!.Value),
            composite.PassedAllStages && votePassed, usesUnitQuota);
}
