using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;
using Enterprise.Eval.Domain.Schemes;
using SchemeBallot = Enterprise.Eval.Domain.Schemes.BallotKind;
using SchemeDenominator = Enterprise.Eval.Domain.Schemes.VoteDenominator;
using VoteDenominator = Enterprise.Eval.Domain.Review.Voting.VoteDenominator;
using BallotKind = Enterprise.Eval.Domain.Review.Voting.BallotKind;
using ScoreAggregation = Enterprise.Eval.Domain.Review.Scoring.ScoreAggregation;
using SchemeStage = Enterprise.Eval.Domain.Schemes.ReviewStage;

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
            BallotKind = vote?.Ballot == SchemeBallot.Open ? BallotKind.Open : BallotKind.Secret,
            PassShareValue = vote?.Threshold.Value ?? Majority.Value,
            PassShareComparison = vote?.Threshold.Comparison ?? Majority.Comparison,
            Denominator = vote?.Denominator switch
            {
                SchemeDenominator.Present => VoteDenominator.MembersPresent,
                SchemeDenominator.VotesCast => VoteDenominator.VotesCast,
                _ => VoteDenominator.AllEligibleMembers,
            },
            QuorumValue = vote?.Quorum?.Value,
            QuorumComparison = vote?.Quorum?.Comparison,
            OpenedAt = at,
        };
    }

    /// <summary>Stages in scheme order; optional stages are left out (nobody is failed for a stage not held).</summary>
    public static IEnumerable<ReviewStageRecord> Stages(Guid sessionId, Scheme scheme)
    {
        var stages = scheme.ReviewStages.Where(s => !s.Optional).ToList();
        // Weights may be written as shares (0.4) or as percentages (40): they add up to 1 or to 100.
        var weightScale = stages.Sum(s => s.Weight ?? 0m) > 1.5m ? 100m : 1m;
        return stages.Select((s, i) => Stage(sessionId, s, i, weightScale));
    }

    private static ReviewStageRecord Stage(Guid sessionId, SchemeStage s, int position, decimal weightScale)
    {
        var scored = s.Kind == ReviewStageKind.Scored;
        var passMark = s.PassMark ?? (scored ? null : Majority);
        var trimmed = scored && s.Aggregation == Domain.Schemes.ScoreAggregation.TrimmedMean;
        return new ReviewStageRecord
        {
            SessionId = sessionId,
            Code = s.Code,
            Position = position,
            Name = s.Name,
            Kind = scored ? StageKind.Scored : StageKind.PassFail,
            Min = 0m,
            Max = scored ? s.ScaleMax ?? 100m : 1m,
            Weight = scored ? (s.Weight ?? weightScale) / weightScale : 0m,
            PassMarkValue = passMark?.Value,
            PassMarkComparison = passMark?.Comparison,
            Aggregation = trimmed ? ScoreAggregation.TrimmedMean : ScoreAggregation.Mean,
            TrimWhenAtLeast = trimmed ? Math.Max(3, s.TrimmedMinMembers ?? 3) : 0,
        };
    }

    public static CompositionRules Composition(ReviewSessionRecord r) =>
        new(r.MinSize, r.MaxSize, Threshold(r.ExpertShareValue, r.ExpertShareComparison), r.OddSizeRequired);

    public static VotingRules Voting(ReviewSessionRecord r) =>
        new(r.BallotKind, new Threshold(r.PassShareValue, r.PassShareComparison), r.Denominator,
            Threshold(r.QuorumValue, r.QuorumComparison));

    public static StageDefinition Definition(ReviewStageRecord s) => s.Kind == StageKind.PassFail
        ? StageDefinition.PassFail(s.Code, s.Name, Threshold(s.PassMarkValue, s.PassMarkComparison) ?? Majority)
        : StageDefinition.Scored(s.Code, s.Name, s.Min, s.Max, s.Weight, Threshold(s.PassMarkValue, s.PassMarkComparison),
            s.Aggregation, s.TrimWhenAtLeast);

    /// <summary>The scheme's per-occupation caps; unit tiers are not applied here (see the report).</summary>
    public static IReadOnlyList<QuotaCap> Caps(Scheme scheme) => scheme.Quotas.PerOccupation.Select(q =>
    {
        var group = q.OccupationCode is null ? null
            : scheme.Occupations.FirstOrDefault(o => o.Code == q.OccupationCode)?.Name ?? q.OccupationCode;
        var strictness = q.Strictness == QuotaStrictness.Hard ? CapStrictness.Hard : CapStrictness.InPrinciple;
        var limit = q.Limit;
        return q.Basis switch
        {
            QuotaBasis.ShareOfRecommended => QuotaCap.ShareOfList($"每个工种占拟推荐人数{Percent(limit)}", QuotaScope.Occupation, limit, strictness, group),
            QuotaBasis.ShareOfApplicants => QuotaCap.ShareOfApplicants($"每个工种占申报人数{Percent(limit)}", QuotaScope.Occupation, limit, strictness, group),
            _ => QuotaCap.Absolute($"每个工种{Count(limit)}名", QuotaScope.Occupation,
                limit.Comparison == Comparison.LessThan ? (int)Math.Ceiling(limit.Value) - 1 : (int)Math.Floor(limit.Value), strictness, group),
        };
    }).ToList();

    private static string Percent(Threshold t) =>
        t.Comparison == Comparison.LessThan ? $"不满{t.Value * 100m:0.##}%" : $"不超过{t.Value * 100m:0.##}%";

    private static string Count(Threshold t) =>
        t.Comparison == Comparison.LessThan ? $"不满{t.Value:0}" : $"不超过{t.Value:0}";

    private static Threshold? Threshold(decimal? value, Comparison? comparison) =>
        value is { } v && comparison is { } c ? new Threshold(v, c) : null;
}
