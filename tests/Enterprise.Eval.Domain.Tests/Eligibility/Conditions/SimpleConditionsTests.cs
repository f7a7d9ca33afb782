using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class SimpleConditionsTests
{
    private static readonly DateOnly Reference = new(2026, 6, 30);

    [Theory]
    [InlineData("大专", ConditionOutcome.Met)]
    [InlineData("高职", ConditionOutcome.Met)]      // an alias of 大专 on the roster's scale
    [InlineData("本科", ConditionOutcome.Met)]
    [InlineData("技工学校", ConditionOutcome.NotMet)]
    public void EducationAtLeast_ComparesOnTheRostersScale(string education, ConditionOutcome expected)
    {
        var condition = new EducationAtLeastCondition { Code = "edu", Minimum = "大专" };

        Assert.Equal(expected, ConditionHarness.Evaluate(condition, ConditionHarness.Nobody with { Education = education }, Reference).Outcome);
    }

    [Theory]
    [InlineData("正高级", ConditionOutcome.Met)]
    [InlineData("正高", ConditionOutcome.Met)]
    [InlineData("副高级", ConditionOutcome.NotMet)]
    [InlineData("无", ConditionOutcome.NotMet)]
    public void TitleAtLeast_ComparesRanks(string rank, ConditionOutcome expected)
    {
        var condition = new TitleAtLeastCondition { Code = "title", Rank = "正高级" };

        Assert.Equal(expected, ConditionHarness.Evaluate(condition, ConditionHarness.Nobody with { TitleRank = rank }, Reference).Outcome);
    }

    [Theory]
    [InlineData("1996-06-30", ConditionOutcome.Met)]   // 满30年 on the anniversary
    [InlineData("1996-07-01", ConditionOutcome.NotMet)]
    public void WorkingYears_CountsToTheDay(string start, ConditionOutcome expected)
    {
        var condition = new WorkingYearsCondition { Code = "work", Years = new Threshold(30, Comparison.AtLeast) };

        Assert.Equal(expected, ConditionHarness.Evaluate(condition, ConditionHarness.Nobody with { WorkStartedOn = DateOnly.Parse(start) }, Reference).Outcome);
    }

    [Fact]
    public void ApplicantFacts_RefuseATitleRankOffTheScale()
    {
        Assert.Throws<ArgumentException>(() => ConditionHarness.Nobody with { TitleRank = "特级" });
    }

    [Fact]
    public void Attested_NeedsAttestation_UntilHrRecordsIt()
    {
        var condition = new AttestedCondition { Code = "ethics", Item = "ethics", ItemName = "职业道德" };

        var pending = ConditionHarness.Evaluate(condition, ConditionHarness.Nobody, Reference);
        var recorded = ConditionHarness.Evaluate(condition, ConditionHarness.Nobody with
        {
            Attestations = new Dictionary<string, Attestation> { ["ethics"] = new(false, "2025年受到处分") },
        }, Reference);

        Assert.Equal(ConditionOutcome.NeedsAttestation, pending.Outcome);
        Assert.Equal(["ethics"], pending.PendingAttestations);
        Assert.Equal(ConditionOutcome.NotMet, recorded.Outcome);
        Assert.Contains("2025年受到处分", recorded.Sentence);
    }

    [Fact]
    public void Attestation_RequiresAReason()
    {
        Assert.Throws<ArgumentException>(() => new Attestation(true, " "));
    }

    [Theory]
    [InlineData("2026-06-29", ConditionOutcome.Met)]     // ended the day before
    [InlineData("2026-06-30", ConditionOutcome.NotMet)]  // last banned day is the reference date
    public void NoActiveBan_TreatsTheEndDayAsBanned(string endsOn, ConditionOutcome expected)
    {
        var facts = ConditionHarness.Nobody with { Bans = [new MisconductBan(new DateOnly(2021, 7, 1), DateOnly.Parse(endsOn), "材料造假")] };

        Assert.Equal(expected, ConditionHarness.Evaluate(new NoActiveBanCondition { Code = "ban" }, facts, Reference).Outcome);
    }

    [Fact]
    public void MisconductBan_ForFiveYears_EndsTheDayBeforeTheFifthAnniversary()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), MisconductBan.ForYears(new DateOnly(2022, 3, 1), 5, "材料造假").EndsOn);
    }

    [Fact]
    public void OccupationMatch_IsNotMet_WhenAppliedOccupationDiffersFromTheLevels()
    {
        var facts = ConditionHarness.Nobody with { LevelOccupationCode = "6-18-01-01", AppliedOccupationCode = "6-18-01-02" };

        var result = ConditionHarness.Evaluate(new OccupationMatchCondition { Code = "occ" }, facts, Reference);

        Assert.Equal(ConditionOutcome.NotMet, result.Outcome);
    }

    [Fact]
    public void OccupationMatch_IsNotMet_WhenTheOccupationIsNotListed()
    {
        var facts = ConditionHarness.Nobody with { LevelOccupationCode = "6-18-01-01" };
        SchemeOccupation[] listed = [new("6-18-01-02", "铣工", [])];

        Assert.Equal(ConditionOutcome.NotMet, ConditionHarness.Evaluate(new OccupationMatchCondition { Code = "occ" }, facts, Reference, occupations: listed).Outcome);
    }

    [Theory]
    [InlineData("2015-12-31", ConditionOutcome.Met)]
    [InlineData("2016-01-01", ConditionOutcome.NotMet)]
    public void LevelHeld_IncludesTheCutOffDay(string since, ConditionOutcome expected)
    {
        var condition = new LevelHeldCondition { Code = "cert", Level = SkillLevel.Technician, ObtainedOnOrBefore = new DateOnly(2015, 12, 31) };
        var facts = ConditionHarness.Nobody with { LevelHeld = SkillLevel.Technician, LevelHeldSince = DateOnly.Parse(since) };

        Assert.Equal(expected, ConditionHarness.Evaluate(condition, facts, Reference).Outcome);
    }

    [Fact]
    public void ContinuingEducation_IsUnknown_WhenTheYearIsNotRecorded()
    {
        var condition = new ContinuingEducationCondition { Code = "ce", Years = [2018] };

        Assert.Equal(ConditionOutcome.Unknown, ConditionHarness.Evaluate(condition, ConditionHarness.Nobody, Reference).Outcome);
        Assert.Equal(ConditionOutcome.Met, ConditionHarness.Evaluate(condition,
            ConditionHarness.Nobody with { ContinuingEducation = new Dictionary<int, bool> { [2018] = true } }, Reference).Outcome);
    }
}
