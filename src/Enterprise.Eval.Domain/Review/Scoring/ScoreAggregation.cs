namespace Enterprise.Eval.Domain.Review.Scoring;

public enum ScoreAggregation
{
    /// <summary>Arithmetic mean of every eligible member's score.</summary>
    Mean,
    /// <summary>Mean after dropping one highest and one lowest score, once enough members scored (去掉一个最高分和一个最低分).</summary>
    TrimmedMean,
}
