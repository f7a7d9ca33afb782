namespace Enterprise.Eval.Integration.Tests.Calendar;

/// <summary>A scratch folder of holiday files, deleted with the test.</summary>
internal sealed class TempCalendarFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-calendar-").FullName;

    public string Write(string fileName, string json)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>A year file in the holidays-cn shape; each day is "yyyy-MM-dd+" (off) or "yyyy-MM-dd-" (make-up).</summary>
    public string WriteYear(int year, params string[] days)
    {
        var entries = days.Select(d =>
            $$"""{ "name": "测试", "date": "{{d[..10]}}", "isOffDay": {{(d[10] == '+' ? "true" : "false")}} }""");
        return Write($"{year}-{Guid.NewGuid():N}.json",
            $$"""{ "year": {{year}}, "papers": [], "days": [ {{string.Join(", ", entries)}} ] }""");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
