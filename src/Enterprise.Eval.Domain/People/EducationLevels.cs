namespace Enterprise.Eval.Domain.People;

/// <summary>The ordered education scale used by rosters and by scheme conditions (学历 at least 大专 …).</summary>
public static class EducationLevels
{
    /// <summary>Lowest first; the index is the order.</summary>
    public static readonly IReadOnlyList<string> Ordered = ["初中及以下", "高中", "中专", "技工学校", "大专", "本科", "硕士研究生", "博士研究生"];

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["初中"] = "初中及以下", ["小学"] = "初中及以下", ["中职"] = "中专", ["中技"] = "技工学校", ["技校"] = "技工学校",
        ["高职"] = "大专", ["专科"] = "大专", ["大学专科"] = "大专", ["大学本科"] = "本科", ["硕士"] = "硕士研究生",
        ["研究生"] = "硕士研究生", ["博士"] = "博士研究生",
    };

    /// <summary>Normalises a written education level to the scale's name; false when it is not on the scale.</summary>
    public static bool TryNormalise(string? text, out string level)
    {
        var t = (text ?? "").Trim();
        if (Ordered.Contains(t)) { level = t; return true; }
        return Aliases.TryGetValue(t, out level!);
    }

    public static int Rank(string level) => Ordered.ToList().IndexOf(level);
}
