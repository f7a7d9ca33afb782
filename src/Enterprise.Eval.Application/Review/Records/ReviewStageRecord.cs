using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review.Scoring;

namespace Enterprise.Eval.Application.Review.Records;

/// <summary>A review stage (table <c>review_stages</c>): its definition from the scheme and whether the chair closed it.</summary>
public sealed class ReviewStageRecord
{
    public Guid SessionId { get; set; }
    public string Code { get; set; } = "";
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public StageKind Kind { get; set; }
    public decimal Min { get; set; }
    public decimal Max { get; set; }
    public decimal Weight { get; set; }
    public decimal? PassMarkValue { get; set; }
    public Comparison? PassMarkComparison { get; set; }
    public ScoreAggregation Aggregation { get; set; }
    public int TrimWhenAtLeast { get; set; }
    public bool IsClosed { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedBy { get; set; }
    public long? ClosedSeq { get; set; }
}
