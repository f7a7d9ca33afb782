using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Cycles;

/// <summary>Codes and named factories for cycle validation findings and broken cycle invariants.</summary>
public static class CycleErrors
{
    public const string InPast = "EVAL-CYCLE-001";
    public const string NotWholeMinute = "EVAL-CYCLE-002";
    public const string WindowOrder = "EVAL-CYCLE-003";
    public const string WindowTooShort = "EVAL-CYCLE-004";
    public const string ReviewOrder = "EVAL-CYCLE-005";
    public const string ReviewTooShort = "EVAL-CYCLE-006";
    public const string PublicityOrder = "EVAL-CYCLE-007";
    public const string PublicityTooShort = "EVAL-CYCLE-008";
    public const string CertificatesOrder = "EVAL-CYCLE-009";
    public const string ExtensionNotLater = "EVAL-CYCLE-010";
    public const string PublicityStartMissing = "EVAL-CYCLE-011";
    public const string NotScheduledCode = "EVAL-CYCLE-020";
    public const string OutOfOrderCode = "EVAL-CYCLE-021";
    public const string AlreadyRunningCode = "EVAL-CYCLE-022";
    public const string CannotPauseCode = "EVAL-CYCLE-023";
    public const string CannotExtendCode = "EVAL-CYCLE-024";
    public const string NoPublicityCode = "EVAL-CYCLE-025";
    public const string NothingToSubmitCode = "EVAL-CYCLE-026";

    public static DomainException NotScheduled(CycleStep step) => new(
        NotScheduledCode, $"评价周期尚未排期，不能执行“{CycleText.Step(step)}”。请先确定并提交时间安排。");

    public static DomainException OutOfOrder(CycleStep step, CycleStatus status) => new(
        OutOfOrderCode, $"评价周期当前处于“{CycleText.Status(status)}”阶段，不能执行“{CycleText.Step(step)}”。请按顺序推进。");

    public static DomainException AlreadyRunning(CycleStatus status) => new(
        AlreadyRunningCode, $"评价周期已进入“{CycleText.Status(status)}”阶段，不能重新排期。如需延长报名，请使用延长报名功能。");

    public static DomainException CannotPause(CycleStatus status) => new(
        CannotPauseCode, $"评价周期处于“{CycleText.Status(status)}”阶段，不能暂停或恢复。");

    public static DomainException NoPublicity() => new(
        NoPublicityCode, "本评价周期的方案不设公示（如温州直接认定），没有“开始公示”这一步：评审结束即确定结果。如需公示，请在方案 timetable 中写明 publicity。");

    public static DomainException NothingToSubmit() => new(
        NothingToSubmitCode, "本评价周期的证书由企业颁发（职业技能等级证书），没有“报送认定部门”这一步：公示结束后请直接颁发证书。");

    public static DomainException CannotExtend(CycleStatus status) => new(
        CannotExtendCode, $"只有报名进行中的评价周期可以延长报名，当前阶段为“{CycleText.Status(status)}”。");
}
