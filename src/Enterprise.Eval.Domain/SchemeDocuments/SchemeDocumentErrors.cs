using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.SchemeDocuments;

/// <summary>Codes and named factories for broken stored-scheme invariants.</summary>
public static class SchemeDocumentErrors
{
    public const string WrongStatusCode = "EVAL-SCHEMEDOC-001";
    public const string AssessmentNotRequiredCode = "EVAL-SCHEMEDOC-002";
    public const string AssessmentRequiredCode = "EVAL-SCHEMEDOC-003";
    public const string CommentsRequiredCode = "EVAL-SCHEMEDOC-004";
    public const string NotUsableCode = "EVAL-SCHEMEDOC-005";
    public const string EnterpriseCannotAssessCode = "EVAL-SCHEMEDOC-006";
    public const string NoAssessorCode = "EVAL-SCHEMEDOC-007";
    public const string RejectedCode = "EVAL-SCHEMEDOC-010";

    public static string Status(SchemeDocumentStatus status) => status switch
    {
        SchemeDocumentStatus.Draft => "草拟",
        SchemeDocumentStatus.SubmittedForAssessment => "已报审",
        SchemeDocumentStatus.Approved => "已通过",
        SchemeDocumentStatus.Returned => "已退回",
        SchemeDocumentStatus.Published => "已公布",
        _ => status.ToString(),
    };

    public static DomainException WrongStatus(string action, SchemeDocumentStatus status) => new(
        WrongStatusCode, $"方案当前为“{Status(status)}”状态，不能{action}。");

    public static DomainException AssessmentNotRequired() => new(
        AssessmentNotRequiredCode, "该方案无需报审（assessmentRequired 未设为 true），可由人力资源部门直接审定通过。");

    public static DomainException AssessmentRequired() => new(
        AssessmentRequiredCode, "该方案须先报审（方案报审），经评估通过后方可使用，不能直接审定通过。");

    public static DomainException CommentsRequired() => new(
        CommentsRequiredCode, "退回方案须填写退回意见。");

    public static DomainException NotUsable(SchemeDocumentStatus status) => new(
        NotUsableCode, $"只有已通过并已公布的方案可以开启评价周期，该方案当前为“{Status(status)}”状态。");

    public static DomainException EnterpriseCannotAssess() => new(
        EnterpriseCannotAssessCode, "报审的方案由方案评估机构审定（如江苏省职业技能鉴定中心），企业不能自行审定通过或退回本企业的方案；请等待评估机构的意见。");

    public static DomainException NoAssessor(string authority) => new(
        NoAssessorCode, $"本企业尚未指定方案评估机构，不能报审；请管理员登记评估机构（登记机关：{authority}）并用 assessor assign 指定。");
}
