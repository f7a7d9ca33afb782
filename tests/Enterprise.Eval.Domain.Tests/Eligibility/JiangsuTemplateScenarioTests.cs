using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Domain.Tests.Schemes;

namespace Enterprise.Eval.Domain.Tests.Eligibility;

/// <summary>Applicants built from seed 004 (江苏省特级技师评聘试点工作方案) screened with the shipped template.</summary>
public sealed class JiangsuTemplateScenarioTests
{
    private static readonly Scheme Scheme = RepoFiles.Jiangsu;
    private static readonly DateOnly WindowClose = new(2022, 2, 28);

    private static Dictionary<string, Attestation> Attested(params string[] items) =>
        items.ToDictionary(i => i, _ => new Attestation(true, "经企业考察确认"));

    /// <summary>高级技师 in post exactly 5 years on the closing day, still a lathe operator, ethics attested, no bans.</summary>
    private static readonly ApplicantFacts SeniorTechnician = new()
    {
        EmployeeNumber = "JS001", Name = "王强",
        LevelHeld = SkillLevel.SeniorTechnician, LevelHeldSince = new DateOnly(2016, 12, 1), LevelOccupationCode = "6-18-01-01",
        PostStartedOn = new DateOnly(2017, 2, 28), StillInOccupation = true,
        TitleRank = "中级", Achievements = [], Bans = [],
        Attestations = Attested("ethics"),
    };

    private static Verdict Screen(ApplicantFacts facts) => EligibilityEngine.Evaluate(Scheme, facts, WindowClose);

    [Fact]
    public void SeniorTechnicianOfExactlyFiveYears_IsEligibleByTheSkillRoute()
    {
        var verdict = Screen(SeniorTechnician);

        Assert.Equal(VerdictKind.EligibleStandard, verdict.Kind);
        Assert.Equal("by-skill-level", verdict.Route!.Id);
        Assert.False(verdict.IsPriority);
    }

    [Fact]
    public void SeniorTechnicianADayShortOfFiveYears_IsIneligible_WithTheReason()
    {
        var verdict = Screen(SeniorTechnician with { PostStartedOn = new DateOnly(2017, 3, 1) });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Contains(verdict.FailingReasons, r => r.Contains("在高级技师岗位工作4年11个月27天，不满5年"));
    }

    [Fact]
    public void SeniorTechnicianNoLongerInTheTrade_IsIneligible()
    {
        var verdict = Screen(SeniorTechnician with { StillInOccupation = false });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Contains(verdict.FailingReasons, r => r.Contains("已不再从事本职业"));
    }

    [Fact]
    public void ApplicantForAnotherOccupationThanTheCertificates_IsIneligible()
    {
        var verdict = Screen(SeniorTechnician with { AppliedOccupationCode = "6-18-01-02" });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Contains(verdict.FailingReasons, r => r.Contains("不一致"));
    }

    [Fact]
    public void FullSeniorTitleHolder_IsEligibleByTheTitleRoute_OnceTheFieldIsAttested()
    {
        var engineer = SeniorTechnician with
        {
            LevelHeld = SkillLevel.Technician, PostStartedOn = new DateOnly(2010, 1, 1),
            TitleRank = "正高级", TitleField = "机械工程",
            Attestations = Attested("ethics", "title-field-matches"),
        };

        var verdict = Screen(engineer);

        Assert.Equal(VerdictKind.EligibleStandard, verdict.Kind);
        Assert.Equal("by-title", verdict.Route!.Id);
    }

    [Fact]
    public void FullSeniorTitleHolder_NeedsAttestationOfTheField_BeforeHrRecordsIt()
    {
        var engineer = SeniorTechnician with { LevelHeld = SkillLevel.Technician, TitleRank = "正高级" };

        var verdict = Screen(engineer);

        Assert.Equal(VerdictKind.NeedsAttestation, verdict.Kind);
        Assert.Equal(["title-field-matches"], verdict.PendingAttestations);
        Assert.Equal(["职称与参评职业（工种）相应且仍从事本专业领域工作"], verdict.PendingAttestationNames);
    }

    [Fact]
    public void ViceSeniorTitleHolder_IsIneligible()
    {
        var verdict = Screen(SeniorTechnician with { LevelHeld = SkillLevel.Technician, TitleRank = "副高级" });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
    }

    [Fact]
    public void ApplicantWithoutEthicsAttestation_NeedsAttestation()
    {
        var verdict = Screen(SeniorTechnician with { Attestations = new Dictionary<string, Attestation>() });

        Assert.Equal(VerdictKind.NeedsAttestation, verdict.Kind);
        Assert.Equal(["ethics"], verdict.PendingAttestations);
    }

    [Theory]
    [InlineData("2022-02-28", VerdictKind.Ineligible)]        // last banned day is the closing day
    [InlineData("2022-02-27", VerdictKind.EligibleStandard)]  // ended the day before the window closed
    public void ApplicantWithAFraudBan_IsBarredUntilItsLastDay(string endsOn, VerdictKind expected)
    {
        var ban = new MisconductBan(new DateOnly(2017, 2, 28), DateOnly.Parse(endsOn), "申报材料弄虚作假");

        Assert.Equal(expected, Screen(SeniorTechnician with { Bans = [ban] }).Kind);
    }

    [Fact]
    public void ApplicantWithUnknownPostStart_IsUndetermined_ListingTheMissingFacts()
    {
        var verdict = Screen(SeniorTechnician with { PostStartedOn = null, TitleRank = null });

        Assert.Equal(VerdictKind.Undetermined, verdict.Kind);
        Assert.Contains(FactNames.PostStartedOn, verdict.MissingFacts);
        Assert.Contains(FactNames.TitleRank, verdict.MissingFacts);
    }

    [Fact]
    public void NationalTechnicalExpert_IsFlaggedPriority()
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = "全国技术能手", Level = AchievementLevel.National, Year = 2019 };

        var verdict = Screen(SeniorTechnician with { Achievements = [honour] });

        Assert.Equal(VerdictKind.EligibleStandard, verdict.Kind);
        Assert.Equal(["全国技术能手、世界技能大赛奖牌或国家职业技能大赛金牌获得者"], verdict.PriorityReasons);
        Assert.Contains("优先考虑", verdict.Summary);
    }

    [Theory]
    [InlineData(AchievementLevel.Provincial, true)]   // 省级及以上 includes provincial
    [InlineData(AchievementLevel.Municipal, false)]
    public void ModelWorker_IsPriority_FromProvincialLevelUp(AchievementLevel level, bool priority)
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = "劳动模范", Level = level, Year = 2020 };

        Assert.Equal(priority, Screen(SeniorTechnician with { Achievements = [honour] }).IsPriority);
    }

    [Theory]
    [InlineData(1, true)]    // 国家职业技能大赛金牌
    [InlineData(2, false)]   // silver is not enough
    public void NationalCompetitionGold_IsPriority_SilverIsNot(int rank, bool priority)
    {
        var competition = new AchievementRecord { Kind = AchievementKind.Competition, Title = "全国职业技能大赛", Level = AchievementLevel.National, Rank = rank, Year = 2021 };

        Assert.Equal(priority, Screen(SeniorTechnician with { Achievements = [competition] }).IsPriority);
    }

    [Fact]
    public void PriorityNeverMakesAnIneligibleApplicantEligible()
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = "中华技能大奖", Level = AchievementLevel.National, Year = 2020 };

        var verdict = Screen(SeniorTechnician with { PostStartedOn = new DateOnly(2020, 1, 1), Achievements = [honour] });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
    }
}
