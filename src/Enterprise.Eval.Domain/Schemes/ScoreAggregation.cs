namespace Enterprise.Eval.Domain.Schemes;

/// <summary>How the scores of several reviewers become one: plain mean, or mean without the highest and lowest.</summary>
public enum ScoreAggregation
{
    Mean,
    TrimmedMean,
}
