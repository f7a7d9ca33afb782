using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>
/// The phrases HR writes for vote thresholds, read with their legal meaning (domain.md §4, Civil Code art. 1259:
/// 以上 includes the number, 超过 excludes it), and the reading a scheme check states for each.
/// </summary>
public sealed class ThresholdPhraseSpecs
{
    private static SchemeParseResult Parse(string sections) => MinimalScheme.With(sections);

    [Theory]
    [InlineData("过半数", 0.5, Comparison.MoreThan, "赞成票 > 1/2")]
    [InlineData("超过半数", 0.5, Comparison.MoreThan, "赞成票 > 1/2")]
    [InlineData("半数以上", 0.5, Comparison.AtLeast, "赞成票 ≥ 1/2")]
    [InlineData("三分之二以上", 2.0 / 3, Comparison.AtLeast, "赞成票 ≥ 2/3")]
    [InlineData("超过三分之二", 2.0 / 3, Comparison.MoreThan, "赞成票 > 2/3")]
    [InlineData("超过1/2", 0.5, Comparison.MoreThan, "赞成票 > 1/2")]
    [InlineData("50%以上", 0.5, Comparison.AtLeast, "赞成票 ≥ 50%")]
    public void VoteThreshold_LegalPhrase_IsReadWithItsExactMeaningAndStated(string phrase, double share, Comparison comparison, string reading)
    {
        var result = Parse($"vote: {{threshold: {phrase}, denominator: all-members}}\n");

        Assert.Empty(result.Errors);
        var threshold = result.Scheme!.Vote!.PassShare;
        Assert.Equal(comparison, threshold.Comparison);
        Assert.Equal((decimal)share, threshold.Value, 10);
        var stated = Assert.Single(result.Readings);
        Assert.Equal($"{phrase} → {reading}", stated.Reading);
    }

    [Theory]
    [InlineData("半数以上", true)]    // 以上 includes the number: exactly half passes
    [InlineData("过半数", false)]     // 超过 excludes it: exactly half fails
    [InlineData("超过半数", false)]
    public void VoteThreshold_AtExactlyHalf_FallsOnTheSideItsWordSays(string phrase, bool passes)
    {
        var threshold = Parse($"vote: {{threshold: {phrase}}}\n").Scheme!.Vote!.PassShare;

        Assert.Equal(passes, threshold.IsMetBy(0.5m));
        Assert.True(threshold.IsMetBy(5m / 9m));
    }

    [Fact]
    public void ExactlyTwoThirds_PassesThreeQuartersRule_OnlyWhenWrittenWithYiShang()
    {
        var atLeast = Parse("vote: {threshold: 三分之二以上}\n").Scheme!.Vote!.PassShare;
        var moreThan = Parse("vote: {threshold: 超过三分之二}\n").Scheme!.Vote!.PassShare;

        Assert.True(atLeast.IsMetBy(6m / 9m));
        Assert.False(moreThan.IsMetBy(6m / 9m));
        Assert.True(moreThan.IsMetBy(7m / 9m));
    }

    [Fact]
    public void QuorumAndPassShare_AreStatedToo_EachWithItsLine()
    {
        var result = Parse("""
            reviewStages:
              - {code: material, name: 材料审核, kind: pass-fail, passShare: 过半数}
            vote: {threshold: 超过半数, quorum: 三分之二以上}
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(
            ["过半数 → 认为合格的委员 > 1/2", "超过半数 → 赞成票 > 1/2", "三分之二以上 → 出席委员 ≥ 2/3"],
            result.Readings.Select(r => r.Reading));
        Assert.Equal([11, 12, 12], result.Readings.Select(r => r.Line));
    }

    [Fact]
    public void HalfWithoutAWord_IsStillRefused_AsNoNumber()
    {
        var result = Parse("vote: {threshold: 以上}\n");

        Assert.Equal("EVAL-SCHEME-004", Assert.Single(result.Errors).Code);
    }
}
