using System.Text.Json;
using System.Text.Json.Serialization;
using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Infrastructure.Calendar;

/// <summary>Reads one year of the holidays-cn JSON shape (year, papers, days[name, date, isOffDay]).</summary>
public static class HolidayFileReader
{
    public const string UnreadableFileCode = "EVAL-CAL-003";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static HolidayYear Read(Stream json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        HolidayFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<HolidayFileDto>(json, Json);
        }
        catch (JsonException ex)
        {
            throw Unreadable(origin, $"不是有效的 JSON（第{ex.LineNumber + 1}行附近）");
        }

        if (dto?.Year is not { } year)
            throw Unreadable(origin, "缺少 year 字段");
        if (dto.Days is null)
            throw Unreadable(origin, "缺少 days 字段");

        var days = new List<HolidayDay>();
        foreach (var day in dto.Days)
        {
            if (!DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", out var date))
                throw Unreadable(origin, $"日期“{day.Date}”不是 yyyy-MM-dd 格式");
            if (day.IsOffDay is not { } isOffDay)
                throw Unreadable(origin, $"日期 {day.Date} 缺少 isOffDay 字段");
            days.Add(new HolidayDay(date, day.Name ?? "", isOffDay));
        }

        return new HolidayYear(year, days, dto.Papers);
    }

    public static HolidayYear ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private static DomainException Unreadable(string origin, string reason) => new(
        UnreadableFileCode,
        $"节假日文件 {origin} 无法读取：{reason}。请按 holidays-cn 格式（year、papers、days[name, date, isOffDay]）修正该文件。");

    private sealed class HolidayFileDto
    {
        public int? Year { get; set; }

        public List<string>? Papers { get; set; }

        public List<HolidayDayDto>? Days { get; set; }
    }

    private sealed class HolidayDayDto
    {
        public string? Name { get; set; }

        public string? Date { get; set; }

        [JsonPropertyName("isOffDay")]
        public bool? IsOffDay { get; set; }
    }
}
