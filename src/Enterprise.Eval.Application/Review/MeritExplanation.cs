using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Scoring;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// Why a line of the recommended list is where it is (issue 18 point 3): its rank and composite, each stage's result,
/// the vote, the 优先考虑 markers it meets, and — when it shares its composite with another — the tie-breaks the
/// scheme states, or that none is stated and the committee must settle the tie.
/// </summary>
internal sealed class MeritExplanation(
    ReviewSession session, IReadOnlyList<TieBreak> tieBreaks, IReadOnlyDictionary<Guid, IReadOnlyList<string>> priority, IReadOnlySet<Guid> takenOut)
{
    public string Of(RecommendationLine line)
    {
        var id = line.Entry.Candidate.Id;
        if (takenOut.Contains(id)) return "已取消资格，不参加排序";
        var composite = session.CompositeFor(id);
        var parts = new List<string> { $"第{line.Rank}名，综合得分{line.Entry.Total:0.##}" };
        parts.AddRange(composite.Parts.Select(Stage));
        if (session.VoteRecordFor(id) is { } vote)
            parts.Add($"表决同意{vote.For}票、反对{vote.Against}票、弃权{vote.Abstain}票，{vote.ConclusionName}");
        if (priority.TryGetValue(id, out var reasons) && reasons.Count > 0)
            parts.Add($"优先考虑：{string.Join("、", reasons)}");
        return string.Join("，", parts);
    }

    /// <summary>A note for candidates whose composite equals another's: how the scheme breaks the tie.</summary>
    public string TieNote => tieBreaks.Count == 0
        ? "方案未规定并列处理办法，并列者名次相同，由评审委员会议定"
        : $"综合得分相同时依次按：{string.Join("，", tieBreaks.Select(t => t.Description))}";

    private static string Stage(StageResult p) => p.Kind == StageKind.Scored
        ? $"{p.StageName}{(p.Aggregate is { } a ? $"{a:0.##}分" : "未评分")}"
        : $"{p.StageName}{p.Passed switch { true => "合格", false => "不合格", _ => "未评议" }}";
}
