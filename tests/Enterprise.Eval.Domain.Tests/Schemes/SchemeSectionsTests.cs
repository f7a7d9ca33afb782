using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>The sections later stages use are read into the review domain's own types.</summary>
public sealed class SchemeSectionsTests
{
    private static SchemeParseResult Parse(string sections) => MinimalScheme.With(sections);

    [Fact]
    public void ReviewStages_BecomeStageDefinitions_WithWeightsAndTrimming()
    {
        var result = Parse("""
            reviewStages:
              - {code: material, name: 材料审核, kind: pass-fail}
              - {code: defence, name: 答辩, kind: scored, scaleMax: 100, weight: 0.6, passMark: 60分以上, aggregation: trimmed-mean, trimmedMinMembers: 5}
              - {code: performance, name: 业绩, kind: scored, scaleMax: 100, weight: 0.4, optional: true}
            """);

        Assert.Empty(result.Errors);
        var stages = result.Scheme!.ReviewStages;
        Assert.Equal(new Threshold(0.5m, Comparison.MoreThan), stages[0].Definition.PassMark);
        var defence = stages[1].Definition;
        Assert.Equal((StageKind.Scored, 100m, 0.6m, ScoreAggregation.TrimmedMean, 5), (defence.Kind, defence.Max, defence.Weight, defence.Aggregation, defence.TrimWhenAtLeast));
        Assert.True(stages[2].Optional);
    }

    [Fact]
    public void ReviewStages_ReportWeightsNotAddingUpToOne_AndTrimmingWithoutEnoughMembers()
    {
        var result = Parse("""
            reviewStages:
              - {code: a, name: 答辩, kind: scored, scaleMax: 100, weight: 60, aggregation: trimmed-mean}
              - {code: b, name: 业绩, kind: scored, scaleMax: 100, weight: 40}
            """);

        Assert.Equal([SchemeErrorCodes.Inconsistent, SchemeErrorCodes.Inconsistent], result.Errors.Select(e => e.Code));
        Assert.Contains(result.Errors, e => e.Message.Contains("trimmedMinMembers"));
    }

    [Fact]
    public void Vote_ReadsDenominatorQuorumAndBallot()
    {
        var result = Parse("vote: {threshold: 超过1/2, denominator: for-and-against, quorum: 不少于2/3, ballot: open}\n");

        Assert.Empty(result.Errors);
        var vote = result.Scheme!.Vote!;
        Assert.Equal((BallotKind.Open, VoteDenominator.ForAndAgainst), (vote.Kind, vote.Denominator));
        Assert.False(vote.PassShare.IsMetBy(0.5m));
        Assert.True(vote.Quorum!.Value.IsMetBy(6m / 9m));
    }

    [Fact]
    public void Committee_ReportsAMinimumAboveTheMaximum()
    {
        var error = Assert.Single(Parse("committee: {minSize: 9, maxSize: 7}\n").Errors);

        Assert.Equal((SchemeErrorCodes.Inconsistent, 10), (error.Code, error.Line));
    }

    [Fact]
    public void Quotas_ReadAbsoluteCapsPerUnit_AndRefuseLowerBounds()
    {
        var ok = Parse("quotas:\n  caps:\n    - {scope: unit, basis: absolute, limit: 不满3人}\n");
        var wrong = Parse("quotas:\n  caps:\n    - {basis: share-of-recommended, limit: 15%以上}\n");

        var cap = Assert.Single(ok.Scheme!.Quotas.Caps);
        Assert.Equal((QuotaScope.Unit, 2, "每个单位不满3人"), (cap.Scope, cap.PlacesFor(0, 0), cap.Name));
        Assert.Equal(SchemeErrorCodes.Inconsistent, Assert.Single(wrong.Errors).Code);
    }

    [Fact]
    public void Timetable_BecomesTheCycleRules_AndAnExactWindow()
    {
        var result = Parse("timetable: {publicityMinWorkingDays: 7, countStartDayWhenStartedDuringDay: true, windowOpens: 2019-06-10 09:00, windowCloses: 2019-06-13 16:00}\n");

        Assert.Empty(result.Errors);
        var scheme = result.Scheme!;
        Assert.Equal((7, true), (scheme.Timetable.MinimumPublicityWorkdays, scheme.Timetable.CountPublicityStartDayWhenStartedDuringDay));
        Assert.Equal(new DateOnly(2019, 6, 13), scheme.Window!.ClosingDay);
    }

    [Fact]
    public void Timetable_ReportsAWindowWithoutItsEnd_AndARefusedMidnightRule()
    {
        var result = Parse("timetable: {windowOpens: 2019-06-10 09:00, countStartDayIfMidnight: false}\n");

        Assert.Equal([SchemeErrorCodes.MissingKey, SchemeErrorCodes.Inconsistent], result.Errors.Select(e => e.Code).Order());
    }

    [Fact]
    public void Parse_ReportsADuplicateKey()
    {
        var result = Parse("misconductBanYears: 3\nmisconductBanYears: 5\n");

        Assert.Null(result.Scheme);
        var error = Assert.Single(result.Errors);
        Assert.Equal((SchemeErrorCodes.Syntax, 11), (error.Code, error.Line));
    }
}
