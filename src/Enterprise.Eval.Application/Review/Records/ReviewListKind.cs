namespace Enterprise.Eval.Application.Review.Records;

public enum ReviewListKind
{
    /// <summary>拟推荐名单.</summary>
    Recommended,
    /// <summary>候补名单.</summary>
    Waiting,
    /// <summary>未列入 (beyond the waiting list).</summary>
    NotRecommended,
    /// <summary>经人事部门调整不予推荐.</summary>
    Excluded,
}
