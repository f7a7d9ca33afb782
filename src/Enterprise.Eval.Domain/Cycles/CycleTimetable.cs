using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// A cycle's instants, to the minute, stored as UTC and shown in China time. Only <see cref="Plan"/> builds one, so
/// a timetable in hand is ordered, long enough, and has a publicity end that the working-day rule gives.
/// </summary>
public sealed record CycleTimetable
{
    // For persistence.
    private CycleTimetable()
    {
    }

    public DateTimeOffset WindowOpensAt { get; private init; }

    public DateTimeOffset WindowClosesAt { get; private init; }

    public DateTimeOffset ReviewEndsAt { get; private init; }

    public DateTimeOffset PublicityStartsAt { get; private init; }

    /// <summary>24:00 China time of the last publicity day (exclusive).</summary>
    public DateTimeOffset PublicityEndsAt { get; private init; }

    public DateTimeOffset CertificatesDueAt { get; private init; }

    /// <summary>0 when the scheme holds no publicity (温州 001): publicity then starts and ends when the review ends.</summary>
    public int PublicityWorkdays { get; private init; }

    /// <summary>Whether the cycle has a publicity step; without one the review's end concludes it (issue 19 point 4).</summary>
    public bool HasPublicity => PublicityWorkdays > 0;

    public DateOnly PublicityFirstCountedDate { get; private init; }

    public DateOnly PublicityEndDate => ChinaTime.DateOf(PublicityEndsAt.AddMinutes(-1));

    public string PublicityText => !HasPublicity ? "方案不设公示" :
        PublicityPeriod.Describe(ChinaTime.DateOf(PublicityStartsAt), PublicityFirstCountedDate, PublicityEndDate, PublicityWorkdays);

    public static TimetablePlan Plan(TimetableRequest request, TimetableRules rules, IWorkdayCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calendar);

        var issues = new List<CycleIssue>();
        CheckInstants(request, now, rules.HoldsPublicity, issues);
        CheckWindowAndReview(request.WindowOpensAt, request.WindowClosesAt, request.ReviewEndsAt, rules, issues);
        if (!rules.HoldsPublicity)
            return WithoutPublicity(request, issues);

        if (request.PublicityStartsAt < request.ReviewEndsAt)
            issues.Add(Issue(CycleErrors.PublicityOrder, nameof(request.PublicityStartsAt), "公示开始时间不得早于评审结束时间。"));
        if (request.PublicityWorkdays < rules.MinimumPublicityWorkdays)
            issues.Add(Issue(CycleErrors.PublicityTooShort, nameof(request.PublicityWorkdays),
                $"公示期为{request.PublicityWorkdays}个工作日，方案要求不少于{rules.MinimumPublicityWorkdays}个工作日。"));

        PublicityPeriod? publicity = null;
        try
        {
            publicity = PublicityPeriod.Plan(calendar, request.PublicityStartsAt, Math.Max(request.PublicityWorkdays, 1),
                rules.CountPublicityStartDayWhenStartedDuringDay);
        }
        catch (DomainException ex)
        {
            issues.Add(new CycleIssue(ex.Code, nameof(PublicityEndsAt), ex.Message));
        }

        if (publicity is not null && request.CertificatesDueAt <= publicity.EndsAt)
            issues.Add(Issue(CycleErrors.CertificatesOrder, nameof(request.CertificatesDueAt),
                $"证书颁发期限须晚于公示结束（{ChinaTime.FormatDate(publicity.EndDate)} 24:00）。"));

        if (issues.Count > 0 || publicity is null)
            return new TimetablePlan(null, issues);

        return new TimetablePlan(new CycleTimetable
        {
            WindowOpensAt = request.WindowOpensAt.ToUniversalTime(),
            WindowClosesAt = request.WindowClosesAt.ToUniversalTime(),
            ReviewEndsAt = request.ReviewEndsAt.ToUniversalTime(),
            PublicityStartsAt = request.PublicityStartsAt.ToUniversalTime(),
            PublicityEndsAt = publicity.EndsAt.ToUniversalTime(),
            CertificatesDueAt = request.CertificatesDueAt.ToUniversalTime(),
            PublicityWorkdays = publicity.Workdays,
            PublicityFirstCountedDate = publicity.FirstCountedDate,
        }, []);
    }

    /// <summary>
    /// A timetable of a scheme that holds no publicity: the proposed publicity instants are not used, publicity "starts"
    /// and "ends" when the review ends (so the conclusion is due then), and certificates are due after the review.
    /// </summary>
    private static TimetablePlan WithoutPublicity(TimetableRequest request, List<CycleIssue> issues)
    {
        if (request.CertificatesDueAt <= request.ReviewEndsAt)
            issues.Add(Issue(CycleErrors.CertificatesOrder, nameof(request.CertificatesDueAt), "证书颁发期限须晚于评审结束时间。"));
        if (issues.Count > 0)
            return new TimetablePlan(null, issues);
        var reviewEnds = request.ReviewEndsAt.ToUniversalTime();
        return new TimetablePlan(new CycleTimetable
        {
            WindowOpensAt = request.WindowOpensAt.ToUniversalTime(),
            WindowClosesAt = request.WindowClosesAt.ToUniversalTime(),
            ReviewEndsAt = reviewEnds,
            PublicityStartsAt = reviewEnds,
            PublicityEndsAt = reviewEnds,
            CertificatesDueAt = request.CertificatesDueAt.ToUniversalTime(),
            PublicityWorkdays = 0,
            PublicityFirstCountedDate = ChinaTime.DateOf(reviewEnds),
        }, []);
    }

    /// <summary>The same timetable with a later window close, or the findings against it.</summary>
    internal TimetablePlan WithWindowClosingAt(DateTimeOffset closesAt, TimetableRules rules, DateTimeOffset now)
    {
        var issues = new List<CycleIssue>();
        if (!IsWholeMinute(closesAt))
            issues.Add(Issue(CycleErrors.NotWholeMinute, nameof(WindowClosesAt), "报名截止时间须精确到分钟（不含秒）。"));
        if (closesAt <= WindowClosesAt)
            issues.Add(Issue(CycleErrors.ExtensionNotLater, nameof(WindowClosesAt),
                $"延长后的报名截止时间须晚于原截止时间（{ChinaTime.FormatInstant(WindowClosesAt)}）。"));
        if (closesAt <= now)
            issues.Add(Issue(CycleErrors.InPast, nameof(WindowClosesAt), "报名截止时间须晚于当前时间。"));
        CheckWindowAndReview(WindowOpensAt, closesAt, ReviewEndsAt, rules, issues);

        return issues.Count > 0
            ? new TimetablePlan(null, issues)
            : new TimetablePlan(this with { WindowClosesAt = closesAt.ToUniversalTime() }, []);
    }

    private static void CheckInstants(TimetableRequest request, DateTimeOffset now, bool holdsPublicity, List<CycleIssue> issues)
    {
        (string Field, DateTimeOffset At)[] instants =
        [
            (nameof(request.WindowOpensAt), request.WindowOpensAt),
            (nameof(request.WindowClosesAt), request.WindowClosesAt),
            (nameof(request.ReviewEndsAt), request.ReviewEndsAt),
            (nameof(request.PublicityStartsAt), request.PublicityStartsAt),
            (nameof(request.CertificatesDueAt), request.CertificatesDueAt),
        ];
        foreach (var (field, at) in instants)
        {
            if (!holdsPublicity && field == nameof(request.PublicityStartsAt)) continue;   // not used without publicity
            if (!IsWholeMinute(at))
                issues.Add(Issue(CycleErrors.NotWholeMinute, field, $"{CycleText.Field(field)}须精确到分钟（不含秒）。"));
            if (at <= now)
                issues.Add(Issue(CycleErrors.InPast, field,
                    $"{CycleText.Field(field)}（{ChinaTime.FormatInstant(at)}）须晚于当前时间（{ChinaTime.FormatInstant(now)}）。"));
        }
    }

    private static void CheckWindowAndReview(
        DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset reviewEnds, TimetableRules rules, List<CycleIssue> issues)
    {
        if (closes <= opens)
            issues.Add(Issue(CycleErrors.WindowOrder, nameof(WindowClosesAt), "报名截止时间须晚于报名开始时间。"));
        else if (closes - opens < rules.MinimumWindow)
            issues.Add(Issue(CycleErrors.WindowTooShort, nameof(WindowClosesAt),
                $"报名时长为{CycleText.Duration(closes - opens)}，方案要求不少于{CycleText.Duration(rules.MinimumWindow)}。"));

        if (reviewEnds <= closes)
            issues.Add(Issue(CycleErrors.ReviewOrder, nameof(ReviewEndsAt), "评审结束时间须晚于报名截止时间。如已延长报名，请先调整评审结束时间。"));
        else if (reviewEnds - closes < rules.MinimumReview)
            issues.Add(Issue(CycleErrors.ReviewTooShort, nameof(ReviewEndsAt),
                $"评审时长为{CycleText.Duration(reviewEnds - closes)}，方案要求不少于{CycleText.Duration(rules.MinimumReview)}。"));
    }

    private static bool IsWholeMinute(DateTimeOffset at) => at.UtcTicks % TimeSpan.TicksPerMinute == 0;

    private static CycleIssue Issue(string code, string field, string message) => new(code, field, message);
}
