using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// Turns a scheme's committee, vote, stage and quota sections into the review domain's rules, and the stored copies
/// back. The copy is taken when the review opens, so editing the scheme later never changes a running review.
/// </summary>
internal static class ReviewRules
{
    private static readonly Threshold Majority = Share.Fraction(1, 2, Comparison.MoreThan);

    public static ReviewSessionRecord NewSession(Guid enterpriseId, Guid cycleId, Scheme scheme, DateTimeOffset at)
    {
        var committee = scheme.Committee;
        var vote = scheme.Vote;
        return new ReviewSessionRecord
        {
            Id = Guid.NewGuid(),
            EnterpriseId = enterpriseId,
            CycleId = cycleId,
            CommitteeName = "评审委员会",
            Level = scheme.TargetLevel.ChineseName(),
            MinSize = committee?.MinSize ?? 1,
            MaxSize = Math.Max(committee?.MaxSize ?? 99, committee?.MinSize ?? 1),
            ExpertShareValue = committee?.ExpertShare?.Value,
            ExpertShareComparison = committee?.ExpertShare?.Comparison,
            OddSizeRequired = committee?.OddSizeRequired ?? false,
            VoteRequired = vote is not null,
            BallotKind = vote?.Kind ?? BallotKind.Secret,
            PassShareValue = vote?.PassShare.Value ?? Majority.Value,
            PassShareComparison = vote?.PassShare.Comparison ?? Majority.Comparison,
            Denominator = vote?.Denominator ?? VoteDenominator.AllEligibleMembers,
            QuorumValue = vote?.Quorum?.Value,
            QuorumComparison = vote?.Quorum?.Comparison,
            OpenedAt = at,
        };
    }

    /// <summary>
    /// Stages in scheme order: the mandatory ones and the optional ones the enterprise chose (004 二(四)); an optional
    /// stage not chosen is left out (nobody is failed for a stage not held).
    /// </summary>
    public static IEnumerable<ReviewStageRecord> Stages(Guid sessionId, Scheme scheme) =>
        scheme.ReviewStages.Where(s => s.IsHeld).Select((s, i) => Stage(sessionId, s.Definition, i));

    private static ReviewStageRecord Stage(Guid sessionId, StageDefinition s, int position) => new()
    {
        SessionId = sessionId,
        Code = s.Code,
        Position = position,
        Name = s.Name,
        Kind = s.Kind,
        Min = s.Min,
        Max = s.Max,
        Weight = s.Weight,
        PassMarkValue = s.PassMark?.Value,
        PassMarkComparison = s.PassMark?.Comparison,
        Aggregation = s.Aggregation,
        TrimWhenAtLeast = s.TrimWhenAtLeast,
    };

    public static CompositionRules Composition(ReviewSessionRecord r) =>
        new(r.MinSize, r.MaxSize, Threshold(r.ExpertShareValue, r.ExpertShareComparison), r.OddSizeRequired);

    public static VotingRules Voting(ReviewSessionRecord r) =>
        new(r.BallotKind, new Threshold(r.PassShareValue, r.PassShareComparison), r.Denominator,
            Threshold(r.QuorumValue, r.QuorumComparison));

    public static StageDefinition Definition(ReviewStageRecord s) => s.Kind == StageKind.PassFail
        ? StageDefinition.PassFail(s.Code, s.Name, Threshold(s.PassMarkValue, s.PassMarkComparison) ?? Majority)
        : StageDefinition.Scored(s.Code, s.Name, s.Min, s.Max, s.Weight, Threshold(s.PassMarkValue, s.PassMarkComparison),
            s.Aggregation, s.TrimWhenAtLeast);

    /// <summary>The scheme's caps, already in the review domain's terms; unit tiers are not applied here (see the report).</summary>
    public static IReadOnlyList<QuotaCap> Caps(Scheme scheme) => scheme.Quotas.Caps;

    private static Threshold? Threshold(decimal? value, Comparison? comparison) =>
        value is { } v && comparison is { } c ? new Threshold(v, c) : null;
}
