using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Review.Scoring;

/// <summary>
/// One stage of the review as the scheme defines it. For a scored stage the pass mark is a threshold on the
/// aggregated score (60分以上 → AtLeast 60); for a pass/fail stage it is a threshold on the share of members who
/// found the material acceptable (过半数 → MoreThan 1/2). The score range is inclusive at both ends.
/// </summary>
public sealed record StageDefinition
{
    private StageDefinition(string code, string name, StageKind kind, decimal min, decimal max, decimal weight,
        Threshold? passMark, ScoreAggregation aggregation, int trimWhenAtLeast)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new ArgumentException("A stage needs a code.", nameof(code));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A stage needs a name.", nameof(name));
        if (max <= min) throw new ArgumentOutOfRangeException(nameof(max), max, "The maximum score must exceed the minimum.");
        if (weight < 0) throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight cannot be negative.");
        if (aggregation == ScoreAggregation.TrimmedMean && trimWhenAtLeast < 3)
            throw new ArgumentOutOfRangeException(nameof(trimWhenAtLeast), trimWhenAtLeast,
                "Trimming needs at least 3 scores, or nothing would remain.");
        Code = code.Trim();
        Name = name.Trim();
        Kind = kind;
        Min = min;
        Max = max;
        Weight = weight;
        PassMark = passMark;
        Aggregation = aggregation;
        TrimWhenAtLeast = trimWhenAtLeast;
    }

    public string Code { get; }
    public string Name { get; }
    public StageKind Kind { get; }
    public decimal Min { get; }
    public decimal Max { get; }
    public decimal Weight { get; }
    public Threshold? PassMark { get; }
    public ScoreAggregation Aggregation { get; }

    /// <summary>For <see cref="ScoreAggregation.TrimmedMean"/>: trim only when at least this many members scored.</summary>
    public int TrimWhenAtLeast { get; }

    public static StageDefinition PassFail(string code, string name, Threshold passShare) =>
        new(code, name, StageKind.PassFail, 0m, 1m, 0m, passShare, ScoreAggregation.Mean, 0);

    public static StageDefinition Scored(string code, string name, decimal min, decimal max, decimal weight,
        Threshold? passMark = null, ScoreAggregation aggregation = ScoreAggregation.Mean, int trimWhenAtLeast = 0) =>
        new(code, name, StageKind.Scored, min, max, weight, passMark, aggregation, trimWhenAtLeast);
}
