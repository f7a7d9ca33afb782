namespace Enterprise.Eval.Domain.Review.Conflicts;

/// <summary>Why a member is recused: declared by the member, or derived from roster data.</summary>
public enum ConflictSource
{
    /// <summary>主动申报回避.</summary>
    Declared,
    /// <summary>与申报人同一部门.</summary>
    SameDepartment,
    /// <summary>申报人的直接上级.</summary>
    LineManager,
}
