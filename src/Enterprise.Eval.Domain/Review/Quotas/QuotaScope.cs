namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>The groups a cap counts within.</summary>
public enum QuotaScope
{
    /// <summary>每个工种.</summary>
    Occupation,
    /// <summary>每个单位.</summary>
    Unit,
    /// <summary>每个地区 (candidate's region).</summary>
    Region,
    /// <summary>每个单位的每个工种 (南通 指标).</summary>
    UnitOccupation,
}
