using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;

namespace Enterprise.Eval.Domain.Tests.Review;

public sealed class ShareTests
{
    [Theory]
    [InlineData(6, 9, true)]
    [InlineData(5, 9, false)]
    [InlineData(10, 15, true)]
    [InlineData(9, 15, false)]
    [InlineData(2, 3, true)]
    public void TwoThirds_ComparesExactly_WhenShareEqualsTheFraction(int part, int whole, bool met)
    {
        var twoThirds = Share.Fraction(2, 3, Comparison.AtLeast);

        Assert.Equal(met, twoThirds.IsMetBy(Share.Of(part, whole)));
    }

    [Theory]
    [InlineData(20, 3)]
    [InlineData(21, 3)]
    [InlineData(19, 2)]
    [InlineData(7, 1)]
    [InlineData(6, 0)]
    [InlineData(40, 6)]
    public void LargestCountWithin_IsFloorOfShare_WhenCapIsAtMost15Percent(int whole, int expected)
    {
        Assert.Equal(expected, Share.LargestCountWithin(Share.Percent(15, Comparison.AtMost), whole));
    }

    [Fact]
    public void LargestCountWithin_ExcludesTheBoundary_WhenCapIsLessThan()
    {
        Assert.Equal(2, Share.LargestCountWithin(Share.Percent(15, Comparison.LessThan), 20));
    }

    [Fact]
    public void LargestCountWithin_Throws_WhenThresholdIsALowerBound()
    {
        Assert.Throws<ArgumentException>(() => Share.LargestCountWithin(Share.Percent(15, Comparison.AtLeast), 20));
    }

    [Theory]
    [InlineData(84.125, 84.13)]
    [InlineData(84.124, 84.12)]
    [InlineData(-1.005, -1.01)]
    public void Round_UsesTwoPlacesAwayFromZero(decimal value, decimal expected)
    {
        Assert.Equal(expected, ReviewRounding.Round(value));
    }
}
