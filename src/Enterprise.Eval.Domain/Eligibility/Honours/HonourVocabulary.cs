using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Honours;

/// <summary>
/// Honour titles by meaning: which family a title belongs to and at which level, so that a scheme asking for "技术能手,
/// 省级以上" is met by 全国技术能手 and not by a county's 技术能手 (seed 000 二(七); seed 001 二(一)1, 二(二)1). The
/// national pack ships the vocabulary (plugins/National/vocabulary/honours.yaml); imports resolve each record's title
/// once, store the family and canonical title on the record, and report titles they do not understand.
/// </summary>
public sealed class HonourVocabulary
{
    // Place names end in one of these (江苏省, 温州市, 鹿城区, 文成县, 延边朝鲜族自治州, 阿拉善盟); province short names
    // (江苏, 齐鲁 is not a place but a named title, so it is listed explicitly) are listed below.
    private static readonly string[] PlaceEndings = ["省", "市", "区", "县", "州", "旗", "盟"];

    private static readonly HashSet<string> ProvinceShortNames =
    [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
        "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
        "青海", "宁夏", "新疆",
    ];

    private readonly Dictionary<string, HonourTitle> _byTitle = new(StringComparer.Ordinal);
    private readonly List<HonourFamily> _placePrefixed = [];

    public HonourVocabulary(IEnumerable<HonourFamily> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var list = families.ToList();
        Families = list;
        foreach (var family in list)
        {
            Add(family.Name, new HonourTitle(family.Name, family.Name, null), family.Name);
            foreach (var entry in family.Titles)
            {
                var title = new HonourTitle(Normalise(entry.Title), family.Name, entry.Level);
                Add(entry.Title, title, family.Name);
                foreach (var alias in entry.Aliases) Add(alias, title, family.Name);
            }
            if (family.PlacePrefixed) _placePrefixed.Add(family);
        }
    }

    /// <summary>No titles at all: every honour is reported as unknown (the national pack did not load).</summary>
    public static HonourVocabulary Empty { get; } = new([]);

    public IReadOnlyList<HonourFamily> Families { get; }

    public bool IsEmpty => Families.Count == 0;

    public bool HasFamily(string name) => Families.Any(f => f.Name == Normalise(name));

    /// <summary>True when <paramref name="title"/> is a listed title or spelling (not only a family's bare name).</summary>
    public bool HasTitle(string title) => _byTitle.ContainsKey(Normalise(title));

    /// <summary>The title as the vocabulary understands it, or null. The level is null where the record's 级别 decides.</summary>
    public HonourTitle? Find(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var text = Normalise(title);
        if (_byTitle.TryGetValue(text, out var known)) return known;
        foreach (var family in _placePrefixed)
        {
            if (!text.EndsWith(family.Name, StringComparison.Ordinal) || text.Length == family.Name.Length) continue;
            var prefix = text[..^family.Name.Length];
            // "省级技术能手", "全国劳动模范": the prefix is itself a level.
            if (FactVocabulary.TryParse(prefix, out AchievementLevel level)) return new HonourTitle(text, family.Name, level);
            if (IsPlace(prefix)) return new HonourTitle(text, family.Name, null);
        }
        return null;
    }

    /// <summary>
    /// The record with its family, canonical title and (where the title fixes it) level set, and the problem HR should
    /// see. Only honours are reported when unknown: competitions and awards carry free names (第46届世界技能大赛) that
    /// their own filters read.
    /// </summary>
    public HonourResolution Resolve(AchievementRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var found = Find(record.Title);
        if (found is null)
        {
            if (record.Kind != AchievementKind.Honour || string.IsNullOrWhiteSpace(record.Title)) return new(record, null, null);
            return new(record, HonourProblem.UnknownTitle,
                $"荣誉称号“{record.Title!.Trim()}”不在荣誉词表中，任何按称号类别（如技术能手）设定的条件都不会认可它；" +
                "请改用词表中的称号写法（如“全国技术能手”“江苏省技术能手”），或请管理员在全国通用插件包的荣誉词表中补充");
        }
        var resolved = record with { HonourFamily = found.Family, HonourTitle = found.Title };
        if (found.Level is { } fixedLevel)
        {
            if (record.Level is { } stated && stated != fixedLevel)
                return new(resolved with { Level = fixedLevel }, HonourProblem.LevelDiffersFromTitle,
                    $"称号“{found.Title}”本身为{fixedLevel.Name()}，与“级别”列的{stated.Name()}不符；已按{fixedLevel.Name()}计，如有误请更正");
            return new(resolved with { Level = fixedLevel }, null, null);
        }
        if (record.Level is null)
            return new(resolved, HonourProblem.LevelMissing,
                $"称号“{found.Title}”未填写级别，按级别设定的条件（如市级及以上）都不会认可它；请在“级别”列填写县级、市级、省级或国家级");
        return new(resolved, null, null);
    }

    /// <summary>Spelling differences that carry no meaning: surrounding space, quotation marks (“五一”劳动奖章).</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '\'' or '‘' or '’' or '「' or '」' or '《' or '》'))
                kept.Append(c);
        return kept.ToString();
    }

    private static bool IsPlace(string prefix) =>
        prefix.Length <= 12 && (ProvinceShortNames.Contains(prefix) || PlaceEndings.Any(e => prefix.EndsWith(e, StringComparison.Ordinal)));

    private void Add(string spelling, HonourTitle title, string family)
    {
        var key = Normalise(spelling);
        if (_byTitle.TryGetValue(key, out var existing) && existing.Family != family)
            throw new ArgumentException($"荣誉词表中“{key}”同时属于“{existing.Family}”和“{family}”两个类别", nameof(spelling));
        _byTitle.TryAdd(key, title);
    }
}
