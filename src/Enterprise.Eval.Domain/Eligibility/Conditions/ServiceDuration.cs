namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Whole years, months and days between two dates, counted to the day: 2022-01-02 → 2026-01-01 is 3年11个月30天,
/// not 4 years. "满N年" compares the end with the N-th anniversary of the start.
/// </summary>
public readonly record struct ServiceDuration(int Years, int Months, int Days)
{
    public static ServiceDuration Between(DateOnly start, DateOnly end)
    {
        if (end < start) return new ServiceDuration(0, 0, 0);
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        if (start.AddMonths(months) > end) months--;
        var days = end.DayNumber - start.AddMonths(months).DayNumber;
        return new ServiceDuration(months / 12, months % 12, days);
    }

    /// <summary>Compares the span start→end with a number of years (fractions allowed in whole months: 2.5 = 30 months).</summary>
    public static int CompareToYears(DateOnly start, DateOnly end, decimal years)
    {
        var anniversary = start.AddMonths((int)decimal.Round(years * 12m));
        return end.CompareTo(anniversary);
    }

    public override string ToString() =>
        Days == 0 ? $"{Years}年{Months}个月" : $"{Years}年{Months}个月{Days}天";
}
