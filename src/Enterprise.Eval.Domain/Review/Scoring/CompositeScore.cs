namespace Enterprise.Eval.Domain.Review.Scoring;

/// <summary>
/// A candidate's composite: the weighted sum of the scored stages, kept with its parts. Total is the sum of the
/// already rounded parts, so a printed sheet adds up exactly.
/// </summary>
public sealed record CompositeScore(Guid CandidateId, IReadOnlyList<StageResult> Parts)
{
    public decimal Total => Parts.Sum(p => p.WeightedPart ?? 0m);

    /// <summary>Every stage has a mark for the candidate.</summary>
    public bool IsComplete => Parts.All(p => p.Kind == StageKind.PassFail ? p.Passed is not null : p.Aggregate is not null);

    /// <summary>Every stage is marked and passed (a scored stage without a pass mark passes once it has a score).</summary>
    public bool PassedAllStages => Parts.All(p => p.Passed == true);

    public decimal? ScoreOf(string stageCode) => Parts.FirstOrDefault(p => p.StageCode == stageCode)?.Aggregate;
}
