using System.Globalization;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>Numbers as schemes write them: 5, 29.99, 15% (= 0.15), 2/3 (= two thirds, kept exact enough for shares).</summary>
internal static class SchemeNumbers
{
    public static bool TryParse(string text, out decimal value)
    {
        var t = text.Trim();
        value = 0;
        if (t.EndsWith('%'))
        {
            if (!decimal.TryParse(t[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)) return false;
            value = percent / 100m;
            return true;
        }
        var slash = t.IndexOf('/');
        if (slash > 0)
        {
            if (!decimal.TryParse(t[..slash], NumberStyles.Number, CultureInfo.InvariantCulture, out var numerator)
                || !decimal.TryParse(t[(slash + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var denominator)
                || denominator == 0)
                return false;
            value = numerator / denominator;
            return true;
        }
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }
}
