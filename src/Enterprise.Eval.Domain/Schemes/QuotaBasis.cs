namespace Enterprise.Eval.Domain.Schemes;

public enum QuotaBasis
{
    /// <summary>A share of the recommended list (福建 每个工种占比不超过15%).</summary>
    ShareOfRecommended,
    ShareOfApplicants,
    /// <summary>A number of places.</summary>
    Absolute,
}
