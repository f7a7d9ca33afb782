using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>Stable codes of the application rules, and the broken invariants as exceptions with a Chinese message.</summary>
public static class ApplicationErrors
{
    public const string WindowNotOpen = "EVAL-APPL-001";
    public const string WindowClosed = "EVAL-APPL-002";
    public const string WrongState = "EVAL-APPL-003";
    public const string PledgeMissing = "EVAL-APPL-004";
    public const string Frozen = "EVAL-APPL-005";
    public const string Duplicate = "EVAL-APPL-006";
    public const string Banned = "EVAL-APPL-007";
    public const string QuotaFull = "EVAL-APPL-008";
    public const string NotScheduled = "EVAL-APPL-009";
    public const string UnknownMaterial = "EVAL-APPL-010";
    public const string FileTypeNotAllowed = "EVAL-APPL-011";
    public const string FileContentMismatch = "EVAL-APPL-012";
    public const string FileTooLarge = "EVAL-APPL-013";
    public const string FileEmpty = "EVAL-APPL-014";
    public const string MaterialAccepted = "EVAL-APPL-015";
    public const string MaterialNotFound = "EVAL-APPL-016";
    public const string ReasonRequired = "EVAL-APPL-017";
    public const string MaterialNotForOccupation = "EVAL-APPL-018";
    public const string WindowStillOpen = "EVAL-APPL-019";
    public const string RevocationUnavailable = "EVAL-APPL-020";
    // 050+: kept apart from the codes other work on issue 18 adds after 020.
    public const string BadAppliedOccupationCode = "EVAL-APPL-050";

    public static DomainException CannotDo(string what, ApplicationStatus status) =>
        new(WrongState, $"申报当前状态为“{status.Name()}”，不能{what}");

    public static DomainException FrozenAfterReview() =>
        new(Frozen, "材料已审核通过，报名信息已锁定，不能再修改；其余材料仍可上传");

    public static DomainException BadAppliedOccupation(string code) =>
        new(BadAppliedOccupationCode, $"申报职业（工种）编码“{code}”格式不正确，应为国家职业分类大典编码，如 6-18-01-01（车工）");

    public static DomainException NoPledge() =>
        new(PledgeMissing, "请确认本人承诺（所填信息及所附材料真实、准确，如有弄虚作假，愿承担相应责任）");

    public static DomainException NoReason(string what) => new(ReasonRequired, $"{what}须填写原因");
}
