using System.Globalization;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// How a vote or pass threshold as written was read, stated by the scheme check so nobody has to guess which way the
/// boundary falls: "超过半数 → 赞成票 > 1/2" (以上 includes the number, 超过 excludes it; domain.md §4).
/// </summary>
public sealed record ThresholdReading(int Line, string Field, string Written, string Subject, Threshold Threshold)
{
    public string Reading => $"{Written} → {Subject} {Symbol(Threshold.Comparison)} {Value(Threshold.Value, Written.Contains('%'))}";

    private static string Symbol(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.MoreThan => ">",
        Comparison.AtMost => "≤",
        Comparison.LessThan => "<",
        _ => "?",
    };

    // A share reads best as the fraction the phrase meant (2/3, not 0.6667), or as the percentage it was written in.
    private static string Value(decimal value, bool percent)
    {
        if (percent) return (value * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        for (var denominator = 2; denominator <= 10; denominator++)
        {
            var numerator = value * denominator;
            var whole = Math.Round(numerator);
            if (whole > 0 && whole < denominator && Math.Abs(numerator - whole) < 0.000000001m)
                return $"{whole.ToString(CultureInfo.InvariantCulture)}/{denominator}";
        }
        return value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
