using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Chinese wording of a threshold and of the verdict on it, keeping the legal inclusiveness visible.</summary>
internal static class ThresholdText
{
    public static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"4年以上", "超过50%".</summary>
    public static string Expected(Threshold t, string unit) => t.Comparison switch
    {
        Comparison.AtLeast => $"{Number(t.Value)}{unit}以上",
        Comparison.MoreThan => $"超过{Number(t.Value)}{unit}",
        Comparison.AtMost => $"{Number(t.Value)}{unit}以下",
        _ => $"不满{Number(t.Value)}{unit}",
    };

    /// <summary>The phrase after the actual value: "已满4年" / "不满4年" / "未超过50%".</summary>
    public static string Judgement(Threshold t, bool met, string unit)
    {
        var n = Number(t.Value) + unit;
        return (t.Comparison, met) switch
        {
            (Comparison.AtLeast, true) => $"已满{n}",
            (Comparison.AtLeast, false) => $"不满{n}",
            (Comparison.MoreThan, true) => $"超过{n}",
            (Comparison.MoreThan, false) => $"未超过{n}",
            (Comparison.AtMost, true) => $"未超过{n}",
            (Comparison.AtMost, false) => $"超过{n}",
            (_, true) => $"不满{n}",
            (_, false) => $"已达{n}",
        };
    }

    /// <summary>Compares a duration with a threshold in years, to the day.</summary>
    public static bool DurationMeets(DateOnly start, DateOnly end, Threshold years)
    {
        var c = ServiceDuration.CompareToYears(start, end, years.Value);
        return years.Comparison switch
        {
            Comparison.AtLeast => c >= 0,
            Comparison.MoreThan => c > 0,
            Comparison.AtMost => c <= 0,
            _ => c < 0,
        };
    }
}
