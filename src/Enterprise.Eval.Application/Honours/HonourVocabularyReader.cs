using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Honours;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Enterprise.Eval.Application.Honours;

/// <summary>
/// Reads an honour vocabulary file (format: docs/scheme-format.md, "荣誉词表"). Several files (the national pack's and a
/// regional pack's) merge into one vocabulary; a title claimed by two families is an error, because a record must count
/// as one thing.
/// </summary>
public static class HonourVocabularyReader
{
    public const string BadFileCode = "EVAL-HONOUR-001";
    public const string BadLevelCode = "EVAL-HONOUR-002";
    public const string ClashCode = "EVAL-HONOUR-003";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The vocabulary of all files, or the first problem found (code, file and Chinese message).</summary>
    public static (HonourVocabulary? Vocabulary, string? Code, string? Error) Read(IEnumerable<(string Name, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var families = new Dictionary<string, (bool PlacePrefixed, List<HonourTitleEntry> Titles)>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            VocabularyFile? file;
            try { file = Yaml.Deserialize<VocabularyFile>(text); }
            catch (YamlException e)
            {
                return (null, BadFileCode, $"荣誉词表“{name}”第{e.Start.Line}行格式错误：{e.InnerException?.Message ?? e.Message}");
            }
            foreach (var family in file?.Families ?? [])
            {
                if (string.IsNullOrWhiteSpace(family.Family))
                    return (null, BadFileCode, $"荣誉词表“{name}”中有未写 family（类别名）的条目");
                var key = HonourVocabulary.Normalise(family.Family);
                if (!families.TryGetValue(key, out var merged)) families[key] = merged = (family.PlacePrefixed, []);
                else if (family.PlacePrefixed) families[key] = merged = (true, merged.Titles);
                foreach (var title in family.Titles ?? [])
                {
                    if (string.IsNullOrWhiteSpace(title.Title))
                        return (null, BadFileCode, $"荣誉词表“{name}”类别“{key}”中有未写 title 的条目");
                    AchievementLevel? level = null;
                    if (!string.IsNullOrWhiteSpace(title.Level))
                    {
                        if (!FactVocabulary.TryParse(title.Level, out AchievementLevel parsed))
                            return (null, BadLevelCode, $"荣誉词表“{name}”中称号“{title.Title}”的级别“{title.Level}”无法识别，应为：{FactVocabulary.Names<AchievementLevel>()}");
                        level = parsed;
                    }
                    merged.Titles.Add(new HonourTitleEntry(title.Title.Trim(), level, title.Aliases ?? []));
                }
            }
        }
        try
        {
            return (new HonourVocabulary(families.Select(f => new HonourFamily(f.Key, f.Value.PlacePrefixed, f.Value.Titles))), null, null);
        }
        catch (ArgumentException e)
        {
            return (null, ClashCode, e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>Reads one file and throws on any problem: for the repository's own files in tests and tools.</summary>
    public static HonourVocabulary ReadOrThrow(string name, string text)
    {
        var (vocabulary, code, error) = Read([(name, text)]);
        return vocabulary ?? throw new InvalidOperationException($"{code} {error}");
    }

    private sealed class VocabularyFile
    {
        public int Version { get; set; }
        public List<FamilyEntry>? Families { get; set; }
    }

    private sealed class FamilyEntry
    {
        public string? Family { get; set; }
        public bool PlacePrefixed { get; set; }
        public string? Source { get; set; }
        public List<TitleEntry>? Titles { get; set; }
    }

    private sealed class TitleEntry
    {
        public string? Title { get; set; }
        public string? Level { get; set; }
        public List<string>? Aliases { get; set; }
        public string? Source { get; set; }
    }
}
