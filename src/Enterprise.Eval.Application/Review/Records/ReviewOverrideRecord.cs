using Enterprise.Eval.Domain.Review.Quotas;

namespace Enterprise.Eval.Application.Review.Records;

/// <summary>An HR decision against the computed list (table <c>review_overrides</c>), always with its reason.</summary>
public sealed class ReviewOverrideRecord
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid CandidateId { get; set; }
    public OverrideKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTimeOffset DecidedAt { get; set; }
    public long Seq { get; set; }
}
