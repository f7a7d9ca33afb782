namespace Enterprise.Eval.Domain.Review.Quotas;

public enum TieBreakKind
{
    HigherStageScore,
    EarlierApplication,
}
