using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// Every instant the API writes is ISO 8601 in China time with its offset (2026-06-10T09:00:00+08:00): the same
/// moment as the stored UTC value, but readable by the people the HR platform shows it to. An instant read from a
/// body must carry its offset (or Z): a bare wall-clock time would be read in the server's own zone.
/// </summary>
public sealed class ChinaInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return ApiInstants.TryParseIso(text, out var instant)
            ? instant
            : throw new JsonException($"“{text}”不是带时区偏移的 ISO 8601 时间，例如 2026-06-10T09:00:00+08:00");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ChinaTime.ToChina(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
