namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>A declared tie-break, applied in order when composite scores are equal.</summary>
public sealed record TieBreak
{
    private TieBreak(TieBreakKind kind, string? stageCode)
    {
        Kind = kind;
        StageCode = stageCode;
    }

    public TieBreakKind Kind { get; }
    public string? StageCode { get; }

    public static TieBreak HigherStageScore(string stageCode) =>
        string.IsNullOrWhiteSpace(stageCode)
            ? throw new ArgumentException("A stage tie-break needs the stage code.", nameof(stageCode))
            : new(TieBreakKind.HigherStageScore, stageCode.Trim());

    public static TieBreak EarlierApplication { get; } = new(TieBreakKind.EarlierApplication, null);

    public static TieBreak Priority { get; } = new(TieBreakKind.Priority, null);

    public string Description => Kind switch
    {
        TieBreakKind.HigherStageScore => $"{StageCode}得分高者优先",
        TieBreakKind.Priority => "符合优先考虑条件者优先",
        _ => "申报时间早者优先",
    };
}
