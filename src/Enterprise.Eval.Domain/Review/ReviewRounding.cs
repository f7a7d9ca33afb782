namespace Enterprise.Eval.Domain.Review;

/// <summary>
/// The one rounding rule of the review: 2 decimal places, half away from zero (the way score sheets are rounded by
/// hand, 84.125 → 84.13). Applied to each stage's aggregate, to each weighted part and never again to the total,
/// which is the sum of the rounded parts so that the printed sheet adds up.
/// </summary>
public static class ReviewRounding
{
    public const int Decimals = 2;

    public const MidpointRounding Mode = MidpointRounding.AwayFromZero;

    public static decimal Round(decimal value) => Math.Round(value, Decimals, Mode);
}
