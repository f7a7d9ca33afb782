using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Review.Outputs;

namespace Enterprise.Eval.Application.Review;

/// <summary>The last computed lists as stored, ready to print.</summary>
public sealed record StoredReviewList(
    string Level,
    int? TargetListSize,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<ReviewListLineRecord> Lines,
    IReadOnlyDictionary<Guid, ReviewCandidateRecord> Candidates)
{
    public IReadOnlyList<RecommendedListRow> Rows(ReviewListKind kind) => Lines.Where(l => l.List == kind).Select(l =>
    {
        var c = Candidates[l.CandidateId];
        return new RecommendedListRow(l.Position, c.Name, c.Unit, c.Department,
            c.OccupationName.Length > 0 ? c.OccupationName : c.OccupationCode, c.Level, l.CompositeScore, l.Rank, l.Remarks);
    }).ToList();
}
