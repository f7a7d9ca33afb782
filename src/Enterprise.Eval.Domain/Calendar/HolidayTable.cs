namespace Enterprise.Eval.Domain.Calendar;

/// <summary>
/// The official holiday arrangements the product knows, one per year. Immutable: <see cref="With"/> returns a new
/// table in which the given year replaces any earlier data for that year.
/// </summary>
public sealed class HolidayTable
{
    private readonly IReadOnlyDictionary<int, HolidayYear> _years;
    private readonly Dictionary<DateOnly, HolidayDay> _days;

    public static HolidayTable Empty { get; } = new(new Dictionary<int, HolidayYear>());

    private HolidayTable(IReadOnlyDictionary<int, HolidayYear> years)
    {
        _years = years;
        _days = new Dictionary<DateOnly, HolidayDay>();
        // A day named by its own year's notice wins over a neighbouring year's mention of it.
        foreach (var year in years.Values)
            foreach (var day in year.Days.Values.Where(d => d.Date.Year != year.Year))
                _days[day.Date] = day;
        foreach (var year in years.Values)
            foreach (var day in year.Days.Values.Where(d => d.Date.Year == year.Year))
                _days[day.Date] = day;
    }

    public static HolidayTable Of(IEnumerable<HolidayYear> years) =>
        years.Aggregate(Empty, (table, year) => table.With(year));

    public IReadOnlyCollection<int> Years => _years.Keys.Order().ToList();

    public HolidayTable With(HolidayYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var copy = new Dictionary<int, HolidayYear>(_years) { [year.Year] = year };
        return new HolidayTable(copy);
    }

    public bool Covers(int year) => _years.ContainsKey(year);

    public HolidayYear? Find(int year) => _years.GetValueOrDefault(year);

    /// <summary>The notice entry for a date, or null for an ordinary day. Refuses a year the table does not cover.</summary>
    public HolidayDay? DayOf(DateOnly date)
    {
        if (!Covers(date.Year))
            throw CalendarErrors.YearNotCovered(date.Year, _years.Keys);
        return _days.GetValueOrDefault(date);
    }
}
