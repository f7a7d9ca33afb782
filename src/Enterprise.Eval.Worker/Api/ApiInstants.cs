using System.Globalization;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The API's one rule for instants given as text (docs/api.md, "Instants"): ISO 8601 with an offset is the form
/// written and the form to send; China wall-clock forms are still read for the clients and scripts that send them,
/// and so is the display text the API writes beside each instant, so that whatever a person copies back is taken.
/// </summary>
public static class ApiInstants
{
    public const string BadInstantCode = "EVAL-CYCLE-032";

    // The forms taken before ISO 8601 was the rule (a bare wall-clock time is China time, as it always was here).
    private static readonly string[] ChinaWallClock = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm"];
    private static readonly string[] ChinaDisplay = ["yyyy年M月d日 H:mm", "yyyy年M月d日H:mm"];

    /// <summary>The display text written beside an instant: 2026年6月10日 9:00 (China time).</summary>
    public static string Text(DateTimeOffset instant) => ChinaTime.FormatInstant(instant);

    public static string? Text(DateTimeOffset? instant) => instant is { } at ? ChinaTime.FormatInstant(at) : null;

    /// <summary>ISO 8601 with a date, a time and an offset (Z or ±hh:mm); nothing else.</summary>
    public static bool TryParseIso(string? text, out DateTimeOffset instant)
    {
        instant = default;
        var value = text?.Trim();
        if (value is null || value.Length < 17 || value[10] != 'T' || !HasOffset(value)) return false;
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        instant = parsed.ToUniversalTime();
        return true;
    }

    /// <summary>An instant from a request field; <paramref name="field"/> is the API's field name, for the message.</summary>
    public static DateTimeOffset Parse(string? text, string field)
    {
        var value = text?.Trim();
        if (TryParseIso(value, out var instant))
            return instant;
        if (DateTime.TryParseExact(value, ChinaWallClock, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || DateTime.TryParseExact(value, ChinaDisplay, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            return ChinaTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        throw new DomainException(BadInstantCode,
            $"{field} 的值“{text}”不是有效时间。请使用带时区偏移的 ISO 8601 时间，例如 2026-06-10T09:00:00+08:00（也可写中国时间 2026-06-10 09:00）。");
    }

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');
}
