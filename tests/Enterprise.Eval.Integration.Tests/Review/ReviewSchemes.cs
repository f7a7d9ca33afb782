using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Review;

/// <summary>The shipped 温州 技师 template (committee 7–15, experts 不少于2/3, secret vote 50%以上) and test variants of it.</summary>
internal static class ReviewSchemes
{
    private const string Vote = "vote: {threshold: 50%以上, denominator: all-members, ballot: secret, source: 001 四(四)}";

    public static string Wenzhou() => Template();

    /// <summary>The same scheme with 超过50% in place of 50%以上.</summary>
    public static string MoreThanHalf() => Replace(Template(), "threshold: 50%以上", "threshold: 超过50%");

    /// <summary>超过半数 of the members present, with a quorum of 2/3以上 present.</summary>
    public static string PresentMajority() =>
        Replace(Template(), Vote, "vote: {threshold: 超过50%, denominator: present, quorum: 2/3以上, ballot: open, source: test}");

    /// <summary>One scored stage, no vote, and a hard cap of 不超过15% of the recommended list per occupation.</summary>
    public static string HardOccupationCap() => ScoredWithOccupationCap("hard");

    /// <summary>As <see cref="HardOccupationCap"/>, but 原则上 (福建 000 四(二)): kept on the list with a warning.</summary>
    public static string InPrincipleOccupationCap() => ScoredWithOccupationCap("in-principle");

    private static string ScoredWithOccupationCap(string strictness)
    {
        var lines = Template().Split('\n').ToList();
        var first = lines.FindIndex(l => l.StartsWith("  - {code: expert-assessment", StringComparison.Ordinal));
        if (first < 0) throw new InvalidOperationException("template stages not found");
        lines.RemoveRange(first, 2);
        lines.Insert(first, "  - {code: overall, name: 综合评审, kind: scored, scaleMax: 100, weight: 1, source: test}");
        var text = Replace(string.Join('\n', lines), Vote,
            $"quotas:\n  perOccupation:\n    - {{basis: share-of-recommended, limit: 不超过15%, strictness: {strictness}, source: test}}\n  source: test");
        return text;
    }

    private static string Template()
    {
        var text = File.ReadAllText(RepositoryRoot.File("plugins", "Zhejiang", "templates", "wenzhou-direct-technician.yaml"));
        return Replace(text, "\nyear: 2020", "\nyear: 2026");
    }

    private static string Replace(string text, string what, string with) =>
        text.Contains(what, StringComparison.Ordinal)
            ? text.Replace(what, with, StringComparison.Ordinal)
            : throw new InvalidOperationException($"template text changed: “{what}” not found");
}
