namespace Enterprise.Eval.Domain.Calendar;

public static class WorkdayCalendarExtensions
{
    /// <summary>
    /// The date <paramref name="workdays"/> working days after <paramref name="from"/>, not counting
    /// <paramref name="from"/> itself (Civil Code art. 201); negative counts go backwards; zero returns
    /// <paramref name="from"/> unchanged. Adding 1 to the eve of a holiday gives the first working day after it.
    /// </summary>
    public static DateOnly AddWorkdays(this IWorkdayCalendar calendar, DateOnly from, int workdays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var step = Math.Sign(workdays);
        var date = from;
        for (var remaining = Math.Abs(workdays); remaining > 0;)
        {
            date = date.AddDays(step);
            if (calendar.IsWorkday(date))
                remaining--;
        }

        return date;
    }

    /// <summary>The given date if it is a working day, else the first working day after it.</summary>
    public static DateOnly WorkdayOnOrAfter(this IWorkdayCalendar calendar, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        while (!calendar.IsWorkday(date))
            date = date.AddDays(1);
        return date;
    }

    /// <summary>Working days from <paramref name="first"/> to <paramref name="last"/>, both inclusive.</summary>
    public static int CountWorkdays(this IWorkdayCalendar calendar, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var count = 0;
        for (var date = first; date <= last; date = date.AddDays(1))
            if (calendar.IsWorkday(date))
                count++;
        return count;
    }
}
