using Enterprise.Eval.Domain.Eligibility.Conditions;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class ServiceDurationTests
{
    [Fact]
    public void Between_IsThreeYearsElevenMonthsThirtyDays_WhenADayShortOfFourYears()
    {
        var d = ServiceDuration.Between(new DateOnly(2022, 1, 2), new DateOnly(2026, 1, 1));

        Assert.Equal(new ServiceDuration(3, 11, 30), d);
        Assert.Equal("3年11个月30天", d.ToString());
    }

    [Fact]
    public void Between_IsExactlyFourYears_OnTheFourthAnniversary()
    {
        Assert.Equal("4年0个月", ServiceDuration.Between(new DateOnly(2022, 1, 2), new DateOnly(2026, 1, 2)).ToString());
    }

    [Theory]
    [InlineData("2022-01-02", "2026-01-01", -1)]
    [InlineData("2022-01-02", "2026-01-02", 0)]
    [InlineData("2022-01-02", "2026-01-03", 1)]
    [InlineData("2020-02-29", "2024-02-29", 0)]
    public void CompareToYears_ComparesWithTheAnniversary_ToTheDay(string start, string end, int expectedSign)
    {
        Assert.Equal(expectedSign, Math.Sign(ServiceDuration.CompareToYears(DateOnly.Parse(start), DateOnly.Parse(end), 4)));
    }

    [Fact]
    public void CompareToYears_CountsHalfYearsInMonths()
    {
        Assert.Equal(0, ServiceDuration.CompareToYears(new DateOnly(2020, 1, 15), new DateOnly(2022, 7, 15), 2.5m));
    }
}
