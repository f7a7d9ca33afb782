namespace Enterprise.Eval.Domain.Review.Scoring;

/// <summary>
/// A candidate's result in one stage. Aggregate is rounded once (see <see cref="ReviewRounding"/>); for a pass/fail
/// stage it is the share of "pass" verdicts. Null aggregate or verdict: nobody has marked the candidate yet.
/// </summary>
public sealed record StageResult(
    string StageCode,
    string StageName,
    StageKind Kind,
    Guid CandidateId,
    IReadOnlyList<MemberScore> Scores,
    bool Trimmed,
    decimal? Aggregate,
    decimal Weight,
    decimal? WeightedPart,
    bool? Passed,
    bool IsFinal);
