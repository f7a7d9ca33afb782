namespace Enterprise.Eval.Domain.Review.Quotas;

public enum TieBreakKind
{
    HigherStageScore,
    EarlierApplication,
    /// <summary>A candidate the scheme's 优先考虑 markers flag ranks before one they do not (江苏 004 一(二)).</summary>
    Priority,
}
