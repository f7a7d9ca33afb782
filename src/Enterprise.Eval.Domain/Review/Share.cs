using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Review;

/// <summary>
/// Exact shares for thresholds such as "专家不少于三分之二" or "同意票率在50%以上". A share is compared as the decimal
/// quotient part/whole against a <see cref="Threshold"/> whose value is itself a quotient (2m/3m, not 0.6667), so
/// equal rationals compare equal: 6 of 9 meets AtLeast 2/3, 5 of 9 does not.
/// </summary>
public static class Share
{
    public static decimal Of(int part, int whole)
    {
        if (whole <= 0) throw new ArgumentOutOfRangeException(nameof(whole), whole, "The whole of a share must be positive.");
        if (part < 0) throw new ArgumentOutOfRangeException(nameof(part), part, "The part of a share cannot be negative.");
        return (decimal)part / whole;
    }

    /// <summary>A threshold on a fraction written as numerator/denominator, e.g. AtLeast(2, 3) for 三分之二以上.</summary>
    public static Threshold Fraction(int numerator, int denominator, Comparison comparison)
    {
        if (denominator <= 0) throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Denominator must be positive.");
        return new Threshold((decimal)numerator / denominator, comparison);
    }

    /// <summary>A threshold on a percentage, e.g. Percent(50, AtLeast) for 50%以上, Percent(15, AtMost) for 不超过15%.</summary>
    public static Threshold Percent(decimal percent, Comparison comparison) => new(percent / 100m, comparison);

    /// <summary>
    /// The largest count n (0 ≤ n ≤ whole) whose share n/whole still meets an upper-bound threshold: 不超过15% of 20
    /// is floor(3.0) = 3; 不满15% of 20 is 2. Lower-bound thresholds make no sense as caps.
    /// </summary>
    public static int LargestCountWithin(Threshold cap, int whole)
    {
        if (cap.Comparison is not (Comparison.AtMost or Comparison.LessThan))
            throw new ArgumentException("A cap must be an upper bound (以下/不超过 or 不满).", nameof(cap));
        if (whole <= 0) return 0;
        for (var n = whole; n > 0; n--)
            if (cap.IsMetBy(Of(n, whole))) return n;
        return 0;
    }
}
