namespace Enterprise.Eval.Domain.Cycles;

/// <summary>Chinese names of statuses, steps and timetable fields, for messages and status pages.</summary>
public static class CycleText
{
    public static string Status(CycleStatus status) => status switch
    {
        CycleStatus.Draft => "草拟",
        CycleStatus.Scheduled => "已排期",
        CycleStatus.Open => "报名中",
        CycleStatus.Closed => "报名已截止",
        CycleStatus.Reviewing => "评审中",
        CycleStatus.Publicity => "公示中",
        CycleStatus.Concluded => "已确定结果",
        CycleStatus.Submitted => "已报送认定部门",
        CycleStatus.Certified => "已发证",
        CycleStatus.Reported => "已上报",
        _ => status.ToString(),
    };

    public static string Step(CycleStep step) => step switch
    {
        CycleStep.Schedule => "排期",
        CycleStep.OpenWindow => "开始报名",
        CycleStep.CloseWindow => "截止报名",
        CycleStep.StartReview => "开始评审",
        CycleStep.StartPublicity => "开始公示",
        CycleStep.Conclude => "公示结束并确定结果",
        CycleStep.Submit => "报送认定部门",
        CycleStep.Certify => "颁发证书",
        CycleStep.Report => "上报结果",
        _ => step.ToString(),
    };

    public static string Event(CycleEventKind kind) => kind switch
    {
        CycleEventKind.Drafted => "创建",
        CycleEventKind.Scheduled => "排期",
        CycleEventKind.WindowOpened => "开始报名",
        CycleEventKind.WindowClosed => "截止报名",
        CycleEventKind.ReviewStarted => "开始评审",
        CycleEventKind.PublicityStarted => "开始公示",
        CycleEventKind.Concluded => "公示结束并确定结果",
        CycleEventKind.Certified => "颁发证书",
        CycleEventKind.Reported => "上报结果",
        CycleEventKind.Paused => "暂停",
        CycleEventKind.Resumed => "恢复",
        CycleEventKind.WindowExtended => "延长报名",
        CycleEventKind.Submitted => "报送认定部门",
        _ => kind.ToString(),
    };

    /// <summary>One line of a cycle's history: what happened and, when the stage changed, from which to which.</summary>
    public static string Happening(CycleEvent e) =>
        e.From == e.To ? $"{Event(e.What)}（{Status(e.To)}）" : $"{Event(e.What)}（{Status(e.From)}→{Status(e.To)}）";

    public static string Field(string field) => field switch
    {
        nameof(TimetableRequest.WindowOpensAt) => "报名开始时间",
        nameof(TimetableRequest.WindowClosesAt) => "报名截止时间",
        nameof(TimetableRequest.ReviewEndsAt) => "评审结束时间",
        nameof(TimetableRequest.PublicityStartsAt) => "公示开始时间",
        nameof(TimetableRequest.PublicityWorkdays) => "公示工作日数",
        nameof(CycleTimetable.PublicityEndsAt) => "公示结束时间",
        nameof(TimetableRequest.CertificatesDueAt) => "证书颁发期限",
        _ => field,
    };

    public static string Duration(TimeSpan span) =>
        span.TotalDays >= 1 && span.Hours == 0 && span.Minutes == 0 ? $"{(int)span.TotalDays}天"
        : span.TotalHours >= 1 && span.Minutes == 0 ? $"{(int)span.TotalHours}小时"
        : $"{(int)span.TotalMinutes}分钟";
}
