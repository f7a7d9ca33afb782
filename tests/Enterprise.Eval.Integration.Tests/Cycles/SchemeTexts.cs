using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>The shipped templates, with the year an enterprise sets when it copies one.</summary>
internal static class SchemeTexts
{
    public static string Jiangsu(int year = 2026) => Read("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml", year);

    public static string Binzhou(int year = 2026) => Read("plugins/Shandong/templates/binzhou-grand-technician.yaml", year);

    private static string Read(string path, int year)
    {
        var text = File.ReadAllText(RepositoryRoot.File(path.Split('/')));
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("year:", StringComparison.Ordinal));
        if (index < 0) throw new InvalidOperationException($"{path} has no top-level year");
        lines[index] = $"year: {year}";
        return string.Join('\n', lines);
    }
}
