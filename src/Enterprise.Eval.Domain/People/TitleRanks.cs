namespace Enterprise.Eval.Domain.People;

/// <summary>Professional title ranks (职称级别), lowest first.</summary>
public static class TitleRanks
{
    public static readonly IReadOnlyList<string> Ordered = ["无", "初级", "中级", "副高级", "正高级"];

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["员级"] = "初级", ["助理级"] = "初级", ["副高"] = "副高级", ["正高"] = "正高级", [""] = "无",
    };

    public static bool TryNormalise(string? text, out string rank)
    {
        var t = (text ?? "").Trim();
        if (Ordered.Contains(t)) { rank = t; return true; }
        return Aliases.TryGetValue(t, out rank!);
    }

    public static int Rank(string rank) => Ordered.ToList().IndexOf(rank);
}
