namespace Enterprise.Eval.Domain.Calendar;

/// <summary>
/// Statutory holidays and make-up working days from the official notices, over a base layer. A date in a year with
/// no notice data is refused rather than guessed from weekends.
/// </summary>
public sealed class StatutoryHolidayCalendar(HolidayTable table, IWorkdayCalendar baseCalendar) : IWorkdayCalendar
{
    public HolidayTable Table { get; } = table ?? throw new ArgumentNullException(nameof(table));

    public bool IsWorkday(DateOnly date)
    {
        var day = Table.DayOf(date);
        return day is null ? baseCalendar.IsWorkday(date) : !day.IsOffDay;
    }
}
