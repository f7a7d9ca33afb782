using Enterprise.Eval.Domain.Calendar;

namespace Enterprise.Eval.Domain.Tests.Calendar;

/// <summary>
/// The 2025 and 2026 arrangements, transcribed from holidays-cn/2025.json and 2026.json (State Council notices), so
/// domain tests use the official data without reading files. "+" is a day off, "-" a make-up working day.
/// </summary>
internal static class OfficialHolidays
{
    public static HolidayTable Table2025And2026 { get; } = HolidayTable.Of([Parse(2025, Data2025), Parse(2026, Data2026)]);

    private const string Data2025 = """
        2025-01-01 + 元旦
        2025-01-26 - 春节
        2025-01-28 + 春节
        2025-01-29 + 春节
        2025-01-30 + 春节
        2025-01-31 + 春节
        2025-02-01 + 春节
        2025-02-02 + 春节
        2025-02-03 + 春节
        2025-02-04 + 春节
        2025-02-08 - 春节
        2025-04-04 + 清明节
        2025-04-05 + 清明节
        2025-04-06 + 清明节
        2025-04-27 - 劳动节
        2025-05-01 + 劳动节
        2025-05-02 + 劳动节
        2025-05-03 + 劳动节
        2025-05-04 + 劳动节
        2025-05-05 + 劳动节
        2025-05-31 + 端午节
        2025-06-01 + 端午节
        2025-06-02 + 端午节
        2025-09-28 - 国庆节、中秋节
        2025-10-01 + 国庆节、中秋节
        2025-10-02 + 国庆节、中秋节
        2025-10-03 + 国庆节、中秋节
        2025-10-04 + 国庆节、中秋节
        2025-10-05 + 国庆节、中秋节
        2025-10-06 + 国庆节、中秋节
        2025-10-07 + 国庆节、中秋节
        2025-10-08 + 国庆节、中秋节
        2025-10-11 - 国庆节、中秋节
        """;

    private const string Data2026 = """
        2026-01-01 + 元旦
        2026-01-02 + 元旦
        2026-01-03 + 元旦
        2026-01-04 - 元旦
        2026-02-14 - 春节
        2026-02-15 + 春节
        2026-02-16 + 春节
        2026-02-17 + 春节
        2026-02-18 + 春节
        2026-02-19 + 春节
        2026-02-20 + 春节
        2026-02-21 + 春节
        2026-02-22 + 春节
        2026-02-23 + 春节
        2026-02-28 - 春节
        2026-04-04 + 清明节
        2026-04-05 + 清明节
        2026-04-06 + 清明节
        2026-05-01 + 劳动节
        2026-05-02 + 劳动节
        2026-05-03 + 劳动节
        2026-05-04 + 劳动节
        2026-05-05 + 劳动节
        2026-05-09 - 劳动节
        2026-06-19 + 端午节
        2026-06-20 + 端午节
        2026-06-21 + 端午节
        2026-09-20 - 国庆节
        2026-09-25 + 中秋节
        2026-09-26 + 中秋节
        2026-09-27 + 中秋节
        2026-10-01 + 国庆节
        2026-10-02 + 国庆节
        2026-10-03 + 国庆节
        2026-10-04 + 国庆节
        2026-10-05 + 国庆节
        2026-10-06 + 国庆节
        2026-10-07 + 国庆节
        2026-10-10 - 国庆节
        """;

    public static HolidayYear Parse(int year, string data) => new(
        year,
        data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 3))
            .Select(parts => new HolidayDay(DateOnly.ParseExact(parts[0], "yyyy-MM-dd"), parts[2], parts[1] == "+")));
}
