namespace Enterprise.Eval.Domain.SchemeDocuments;

/// <summary>Where a stored scheme stands: 草拟 → 报审 → 通过 or 退回 → 公布.</summary>
public enum SchemeDocumentStatus
{
    Draft,
    SubmittedForAssessment,
    Approved,
    Returned,
    Published,
}
