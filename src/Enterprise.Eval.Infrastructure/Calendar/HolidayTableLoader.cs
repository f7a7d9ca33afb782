using Enterprise.Eval.Domain.Calendar;

namespace Enterprise.Eval.Infrastructure.Calendar;

/// <summary>
/// Builds the holiday table: the years embedded in this assembly first, then the configured extra files in order,
/// each replacing any earlier data for its year, so a new notice needs no rebuild.
/// </summary>
public static class HolidayTableLoader
{
    private const string ResourcePrefix = "holidays-cn/";

    public static HolidayTable Load(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var table = LoadEmbedded();
        foreach (var path in options.ExtraFiles)
            table = table.With(HolidayFileReader.ReadFile(Path.GetFullPath(path)));
        return table;
    }

    public static HolidayTable LoadEmbedded()
    {
        var assembly = typeof(HolidayTableLoader).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && IsYearFile(n[ResourcePrefix.Length..]))
            .Order(StringComparer.Ordinal);

        var table = HolidayTable.Empty;
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded resource {name} is listed but cannot be opened.");
            table = table.With(HolidayFileReader.Read(stream, name));
        }

        return table;
    }

    // schema.json sits beside the year files and is embedded by the same wildcard.
    private static bool IsYearFile(string fileName) =>
        fileName.Length == 9 && fileName.EndsWith(".json", StringComparison.Ordinal) && fileName[..4].All(char.IsAsciiDigit);
}
