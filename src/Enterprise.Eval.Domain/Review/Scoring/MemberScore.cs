namespace Enterprise.Eval.Domain.Review.Scoring;

/// <summary>One member's mark for one candidate in one stage: a score, or a pass/fail verdict (Score 1 or 0).</summary>
public sealed record MemberScore(Guid MemberId, Guid CandidateId, decimal Score, DateTimeOffset RecordedAt);
