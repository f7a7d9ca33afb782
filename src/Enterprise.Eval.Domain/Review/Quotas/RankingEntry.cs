using Enterprise.Eval.Domain.Review.Conflicts;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;

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
    /// <summary>Flagged by the scheme's 优先考虑 markers (江苏 004 一(二)); read only by the Priority tie-break.</summary>
    public bool IsPriority { get; init; }

    /// <summary>From a session's composite; passing means every stage passed and, if there was a vote, it passed.</summary>
    public static RankingEntry From(ReviewCandidate candidate, CompositeScore composite, bool votePassed = true,
        bool usesUnitQuota = true) =>
        new(candidate, composite.Total,
            composite.Parts.Where(p => p.Aggregate is not null).ToDictionary(p => p.StageCode, p => p.Aggregate!.Value),
            composite.PassedAllStages && votePassed, usesUnitQuota);

    /// <summary>
    /// Every candidate of a session. With voteRequired, a candidate passes only if their ballot concluded 通过 (no
    /// ballot, 未通过 or 未达法定人数 all fail); without it, votes are not consulted.
    /// </summary>
    public static IReadOnlyList<RankingEntry> AllFrom(ReviewSession session, bool voteRequired,
        Func<ReviewCandidate, bool>? usesUnitQuota = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Candidates.Select(c => From(c, session.CompositeFor(c.Id),
            !voteRequired || session.VoteRecordFor(c.Id)?.Conclusion == VoteConclusion.Passed,
            usesUnitQuota?.Invoke(c) ?? true)).ToList();
    }
}
