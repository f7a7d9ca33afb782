namespace Enterprise.Eval.Domain.Common;

/// <summary>A number with its inclusiveness stated (see <see cref="Comparison"/>), e.g. 50%以上 or 超过50%.</summary>
public readonly record struct Threshold(decimal Value, Comparison Comparison)
{
    public bool IsMetBy(decimal actual) => Comparison switch
    {
        Comparison.AtLeast => actual >= Value,
        Comparison.MoreThan => actual > Value,
        Comparison.AtMost => actual <= Value,
        Comparison.LessThan => actual < Value,
        _ => throw new ArgumentOutOfRangeException(nameof(Comparison), Comparison, null),
    };

    /// <summary>The Chinese word for the comparison, as a notice would write it: 以上, 超过, 以下, 不满.</summary>
    public string ChineseWord => Comparison switch
    {
        Comparison.AtLeast => "以上",
        Comparison.MoreThan => "超过",
        Comparison.AtMost => "以下",
        Comparison.LessThan => "不满",
        _ => "",
    };

    /// <summary>Reads a word of the legal vocabulary (以上, 满, 不少于, 超过, 以下, 以内, 不超过, 不满, 少于 …).</summary>
    public static bool TryParseWord(string word, out Comparison comparison)
    {
        switch (word.Trim())
        {
            case "以上" or "满" or "不少于" or "不低于" or "达到" or "届满" or ">=" or "≥" or "at-least":
                comparison = Comparison.AtLeast; return true;
            case "超过" or "多于" or "高于" or ">" or "more-than":
                comparison = Comparison.MoreThan; return true;
            case "以下" or "以内" or "不超过" or "不高于" or "<=" or "≤" or "at-most":
                comparison = Comparison.AtMost; return true;
            case "不满" or "少于" or "低于" or "不足" or "<" or "less-than":
                comparison = Comparison.LessThan; return true;
            default:
                comparison = default; return false;
        }
    }
}
