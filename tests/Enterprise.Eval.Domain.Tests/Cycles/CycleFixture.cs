using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Tests.Calendar;

namespace Enterprise.Eval.Domain.Tests.Cycles;

/// <summary>
/// A 2026 cycle shaped like 南通's: window 6月10日 9:00 – 6月13日 16:00, review to 6月16日 17:00, five working days of
/// publicity from 6月17日 00:00 across 端午 (6月19日–21日 off), certificates due 7月15日 17:00.
/// </summary>
internal static class CycleFixture
{
    public const string Admin = "admin-01";
    public const string Scheduler = "system:scheduler";

    public static readonly IWorkdayCalendar ChinaCalendar = WorkdayCalendar.ForChina(OfficialHolidays.Table2025And2026);

    public static readonly DateTimeOffset Now = China(2026, 5, 1, 10, 0);

    public static DateTimeOffset China(int year, int month, int day, int hour = 0, int minute = 0) =>
        ChinaTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static TimetableRequest Request { get; } = new(
        WindowOpensAt: China(2026, 6, 10, 9),
        WindowClosesAt: China(2026, 6, 13, 16),
        ReviewEndsAt: China(2026, 6, 16, 17),
        PublicityStartsAt: China(2026, 6, 17),
        PublicityWorkdays: 5,
        CertificatesDueAt: China(2026, 7, 15, 17));

    public static CycleTimetable Timetable(TimetableRequest? request = null) =>
        CycleTimetable.Plan(request ?? Request, TimetableRules.Default, ChinaCalendar, Now).Timetable
        ?? throw new InvalidOperationException("The fixture timetable should be valid.");

    public static EvaluationCycle NewDraft() =>
        EvaluationCycle.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2026, Now, Admin);

    public static EvaluationCycle Scheduled()
    {
        var cycle = NewDraft();
        cycle.Schedule(Timetable(), Now, Admin);
        return cycle;
    }

    /// <summary>A cycle moved on time up to the given status.</summary>
    public static EvaluationCycle At(CycleStatus status)
    {
        var cycle = Scheduled();
        var t = cycle.Timetable!;
        (CycleStatus Status, Action Step)[] path =
        [
            (CycleStatus.Open, () => cycle.OpenWindow(t.WindowOpensAt, Scheduler)),
            (CycleStatus.Closed, () => cycle.CloseWindow(t.WindowClosesAt, Scheduler)),
            (CycleStatus.Reviewing, () => cycle.StartReview(t.WindowClosesAt, Scheduler)),
            (CycleStatus.Publicity, () => cycle.StartPublicity(t.PublicityStartsAt, Scheduler)),
            (CycleStatus.Concluded, () => cycle.Conclude(t.PublicityEndsAt, Scheduler)),
            (CycleStatus.Certified, () => cycle.Certify(t.CertificatesDueAt.AddDays(-1), Admin)),
            (CycleStatus.Reported, () => cycle.Report(t.CertificatesDueAt, Admin)),
        ];
        foreach (var (target, step) in path.TakeWhile(p => p.Status <= status))
            step();
        return cycle;
    }
}
