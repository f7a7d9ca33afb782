namespace Enterprise.Eval.Domain.Review.Scoring;

public enum StageKind
{
    /// <summary>合格/不合格, e.g. 材料审核.</summary>
    PassFail,
    /// <summary>打分, e.g. 答辩 0–100.</summary>
    Scored,
}
