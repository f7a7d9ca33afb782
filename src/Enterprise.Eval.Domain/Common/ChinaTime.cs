namespace Enterprise.Eval.Domain.Common;

/// <summary>
/// China standard time (UTC+8, no daylight saving since 1991). Every date the product shows or counts is a China
/// date, whatever the server's own zone, so conversions go through here and never through the local zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The instant at which the given China wall-clock time occurs, expressed in UTC (as stored).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new DateTimeOffset(date.ToDateTime(time), Offset).ToUniversalTime();

    public static DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);

    /// <summary>Chinese long form used in notices and mails: 2026年3月2日.</summary>
    public static string FormatDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>Chinese form with minutes: 2026年6月10日 9:00.</summary>
    public static string FormatInstant(DateTimeOffset instant)
    {
        var local = ToChina(instant);
        return $"{FormatDate(DateOnly.FromDateTime(local.DateTime))} {local.Hour}:{local.Minute:00}";
    }
}
