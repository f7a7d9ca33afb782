using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>The shipped templates, with the year an enterprise sets when it copies one.</summary>
internal static class SchemeTexts
{
    /// <summary>The 江苏 template as an enterprise publishes it: with 业绩评审 chosen (004 二(四), at least one form).</summary>
    public static string Jiangsu(int year = 2026) => WithChosenForm(Read("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml", year));

    /// <summary>Chooses 业绩评审 in a 江苏 scheme text; any other text is returned as it is.</summary>
    public static string WithChosenForm(string text) => text.Replace(
        "{code: performance, name: 业绩评审, kind: pass-fail, optional: true, chosen: false", "{code: performance, name: 业绩评审, kind: pass-fail, optional: true, chosen: true", StringComparison.Ordinal);

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
