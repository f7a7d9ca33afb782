using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Assessors;

/// <summary>Codes of the assessor registry (EVAL-ASSR-…).</summary>
public static class AssessorErrors
{
    public const string NameCode = "EVAL-ASSR-001";
    public const string DuplicateCode = "EVAL-ASSR-002";

    public static DomainException Duplicate(string name) => new(DuplicateCode, $"方案评估机构“{name}”已登记，不能重复登记（assessor list 可查看其 ID）");
}
