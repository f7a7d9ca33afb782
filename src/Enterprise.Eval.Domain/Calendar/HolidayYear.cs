namespace Enterprise.Eval.Domain.Calendar;

/// <summary>
/// The official holiday arrangement of one year, as published by the State Council. A notice may name days of the
/// neighbouring years (the 2019 notice names 2018-12-29..31), so days within one year either side are accepted.
/// </summary>
public sealed class HolidayYear
{
    public HolidayYear(int year, IEnumerable<HolidayDay> days, IEnumerable<string>? papers = null)
    {
        if (year is < 1990 or > 2200)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year out of the supported range 1990–2200.");
        ArgumentNullException.ThrowIfNull(days);

        var byDate = new Dictionary<DateOnly, HolidayDay>();
        foreach (var day in days)
        {
            if (Math.Abs(day.Date.Year - year) > 1)
                throw CalendarErrors.InvalidYearData(year, $"日期 {day.Date:yyyy-MM-dd} 不属于该年度的放假安排。");
            if (!byDate.TryAdd(day.Date, day))
                throw CalendarErrors.InvalidYearData(year, $"日期 {day.Date:yyyy-MM-dd} 重复出现。");
        }

        Year = year;
        Days = byDate;
        Papers = papers?.ToList() ?? [];
    }

    public int Year { get; }

    /// <summary>Links to the notices the data was taken from.</summary>
    public IReadOnlyList<string> Papers { get; }

    public IReadOnlyDictionary<DateOnly, HolidayDay> Days { get; }
}
