using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Domain.Tests.Schemes;

namespace Enterprise.Eval.Domain.Tests.Eligibility;

/// <summary>Applicants built from seed 003 (滨州 企业特级技师岗位) screened with the shipped template.</summary>
public sealed class BinzhouTemplateScenarioTests
{
    private static readonly Scheme Scheme = RepoFiles.Binzhou;
    private static readonly DateOnly WindowClose = new(2021, 6, 30);

    private static readonly AchievementRecord QiluCraftsman =
        new() { Kind = AchievementKind.Honour, Title = "齐鲁工匠", Level = AchievementLevel.Provincial, Year = 2019 };

    private static Dictionary<string, Attestation> Attest(params (string Item, bool Yes)[] items) =>
        items.ToDictionary(i => i.Item, i => new Attestation(i.Yes, i.Yes ? "企业评价委员会确认" : "经核查不符合"));

    /// <summary>高级技师 in post exactly 4 years on the closing day, 齐鲁工匠, ethics and fitness attested.</summary>
    private static readonly ApplicantFacts Craftsman = new()
    {
        EmployeeNumber = "BZ001", Name = "李娟",
        LevelHeld = SkillLevel.SeniorTechnician, LevelOccupationCode = "6-18-01-01",
        PostStartedOn = new DateOnly(2017, 6, 30), StillInOccupation = true,
        Achievements = [QiluCraftsman], Bans = [],
        Attestations = Attest(("ethics", true), ("physically-fit", true)),
    };

    private static readonly ApplicantFacts ADayShort = Craftsman with { PostStartedOn = new DateOnly(2017, 7, 1) };

    private static Verdict Screen(ApplicantFacts facts) => EligibilityEngine.Evaluate(Scheme, facts, WindowClose);

    [Fact]
    public void SeniorTechnicianOfExactlyFourYearsWithANamedHonour_IsEligible()
    {
        var verdict = Screen(Craftsman);

        Assert.Equal(VerdictKind.EligibleStandard, verdict.Kind);
        Assert.Equal("standard", verdict.Route!.Id);
    }

    [Theory]
    [InlineData("泰山产业领军人才（产业技能类）", true)]
    [InlineData("泰山产业领军人才", false)]   // issue 19 point 5: the seed names the 产业技能类 only
    public void TaishanLeadingTalent_CountsOnlyInTheIndustrialSkillsCategory(string title, bool counts)
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = title, Level = AchievementLevel.Provincial, Year = 2019 };

        var verdict = Screen(Craftsman with { Achievements = [honour] });

        Assert.Equal(counts, verdict.Kind == VerdictKind.EligibleStandard);
    }

    [Fact]
    public void ADayShortOfFourYears_WaitsForTheEnterprisesUniqueTalentDecision()
    {
        var verdict = Screen(ADayShort);

        Assert.Equal(VerdictKind.NeedsAttestation, verdict.Kind);
        Assert.Equal("unique-talent", verdict.Route!.Id);
        Assert.Equal(["unique-talent"], verdict.PendingAttestations);
    }

    [Fact]
    public void ADayShortButRecordedAsUniqueTalent_IsEligibleByRelaxation_NamingTheWaivers()
    {
        var attestations = Attest(("ethics", true), ("physically-fit", true), ("unique-talent", true));

        var verdict = Screen(ADayShort with { Attestations = attestations });

        Assert.Equal(VerdictKind.EligibleByRelaxation, verdict.Kind);
        Assert.Equal(["senior-technician-4-years", "achievement-group"], verdict.Waived);
        Assert.Equal(["高级技师岗位工作满4年", "具备四项业绩条件之一"], verdict.WaivedNames);
    }

    [Fact]
    public void ADayShortAndNotUniqueTalent_IsIneligible_WithTheReason()
    {
        var attestations = Attest(("ethics", true), ("physically-fit", true), ("unique-talent", false));

        var verdict = Screen(ADayShort with { Attestations = attestations });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Contains(verdict.FailingReasons, r => r.Contains("在高级技师岗位工作3年11个月29天，不满4年"));
        Assert.Contains(verdict.FailingReasons, r => r.Contains("经核查不符合"));
    }

    [Fact]
    public void WithoutHonours_ContributionAttestedByHr_IsEligible()
    {
        var attestations = Attest(("ethics", true), ("physically-fit", true), ("contribution", true));

        Assert.Equal(VerdictKind.EligibleStandard, Screen(Craftsman with { Achievements = [], Attestations = attestations }).Kind);
    }

    [Fact]
    public void WithoutHonours_NeedsAttestationOfTheAchievementGroups()
    {
        var verdict = Screen(Craftsman with { Achievements = [] });

        Assert.Equal(VerdictKind.NeedsAttestation, verdict.Kind);
        Assert.Equal("standard", verdict.Route!.Id);
        Assert.Equal(["contribution", "leading-skill", "successors"], verdict.PendingAttestations);
    }

    [Theory]
    [InlineData(AchievementLevel.Provincial, VerdictKind.EligibleStandard)]   // 省级及以上劳动模范
    [InlineData(AchievementLevel.Municipal, VerdictKind.Ineligible)]
    public void ModelWorkerHonour_CountsFromProvincialLevelUp(AchievementLevel level, VerdictKind expected)
    {
        var modelWorker = new AchievementRecord { Kind = AchievementKind.Honour, Title = "劳动模范", Level = level, Year = 2018 };
        var attestations = Attest(("ethics", true), ("physically-fit", true), ("contribution", false), ("leading-skill", false),
            ("successors", false), ("unique-talent", false));

        Assert.Equal(expected, Screen(Craftsman with { Achievements = [modelWorker], Attestations = attestations }).Kind);
    }

    [Fact]
    public void UnfitForThePost_IsIneligible_EvenAsUniqueTalent()
    {
        var attestations = Attest(("ethics", true), ("physically-fit", false), ("unique-talent", true));

        Assert.Equal(VerdictKind.Ineligible, Screen(Craftsman with { Attestations = attestations }).Kind);
    }

    [Fact]
    public void TechnicianOnly_IsIneligible_EvenAsUniqueTalent()
    {
        var attestations = Attest(("ethics", true), ("physically-fit", true), ("unique-talent", true));

        var verdict = Screen(Craftsman with { LevelHeld = SkillLevel.Technician, Attestations = attestations });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Contains(verdict.FailingReasons, r => r.Contains("未达到高级技师"));
    }

    [Fact]
    public void ApplicantWithUnknownTrade_IsUndetermined()
    {
        var verdict = Screen(Craftsman with { StillInOccupation = null });

        Assert.Equal(VerdictKind.Undetermined, verdict.Kind);
        Assert.Equal([FactNames.StillInOccupation], verdict.MissingFacts);
    }
}
