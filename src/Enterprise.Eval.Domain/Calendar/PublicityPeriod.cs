using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Calendar;

/// <summary>
/// A publicity period (公示期) with explicit dates, as a notice states it. The first day counts only when publicity
/// is up from 00:00 (China time) of a working day, or when the scheme says a day started part-way counts
/// (domain.md §3). <see cref="EndDate"/> is inclusive; <see cref="EndsAt"/> is the end of that day in China time.
/// </summary>
public sealed record PublicityPeriod
{
    private PublicityPeriod(DateTimeOffset startsAt, DateOnly firstCountedDate, DateOnly endDate, int workdays)
    {
        StartsAt = startsAt;
        FirstCountedDate = firstCountedDate;
        EndDate = endDate;
        Workdays = workdays;
    }

    /// <summary>The instant the list goes up.</summary>
    public DateTimeOffset StartsAt { get; }

    /// <summary>The China date the list goes up.</summary>
    public DateOnly StartDate => ChinaTime.DateOf(StartsAt);

    /// <summary>The first working day counted towards <see cref="Workdays"/>.</summary>
    public DateOnly FirstCountedDate { get; }

    /// <summary>The last day of publicity, inclusive.</summary>
    public DateOnly EndDate { get; }

    /// <summary>Working days counted, from <see cref="FirstCountedDate"/> to <see cref="EndDate"/> inclusive.</summary>
    public int Workdays { get; }

    /// <summary>24:00 China time of <see cref="EndDate"/> (exclusive): objections are accepted until this instant.</summary>
    public DateTimeOffset EndsAt => ChinaTime.StartOf(EndDate.AddDays(1));

    /// <summary>The line for the notice: 公示时间：2026年3月2日至2026年3月6日（5个工作日）.</summary>
    public string ChineseText => Describe(StartDate, FirstCountedDate, EndDate, Workdays);

    /// <summary>
    /// The notice line for stored dates. When the first day does not count, the line says from which day counting
    /// starts, so a reader can check the number of working days.
    /// </summary>
    public static string Describe(DateOnly startDate, DateOnly firstCountedDate, DateOnly endDate, int workdays)
    {
        var counted = firstCountedDate == startDate ? "" : $"，自{ChinaTime.FormatDate(firstCountedDate)}起算";
        return $"公示时间：{ChinaTime.FormatDate(startDate)}至{ChinaTime.FormatDate(endDate)}（{workdays}个工作日{counted}）";
    }

    public static PublicityPeriod Plan(
        IWorkdayCalendar calendar, DateTimeOffset startsAt, int workdays, bool countStartDayWhenStartedDuringDay = false)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(workdays, 1);

        var startDate = ChinaTime.DateOf(startsAt);
        var startedAtMidnight = ChinaTime.ToChina(startsAt).TimeOfDay == TimeSpan.Zero;
        var startDayCounts = calendar.IsWorkday(startDate) && (startedAtMidnight || countStartDayWhenStartedDuringDay);
        var first = startDayCounts ? startDate : calendar.AddWorkdays(startDate, 1);
        var end = calendar.AddWorkdays(first, workdays - 1);
        return new PublicityPeriod(startsAt, first, end, workdays);
    }
}
