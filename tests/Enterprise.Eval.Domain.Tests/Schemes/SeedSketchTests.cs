using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>
/// The format expresses the other three seed systems (福建 000, 温州 001, 南通 002) without code changes: sketches in
/// Schemes/Fixtures parse and screen as their seeds say.
/// </summary>
public sealed class SeedSketchTests
{
    private static Scheme Fixture(string name) => RepoFiles.LoadScheme($"tests/Enterprise.Eval.Domain.Tests/Schemes/Fixtures/{name}.yaml");

    private static readonly DateOnly FujianClose = new(2020, 6, 30);

    /// <summary>技师 for 6 years, 大专, papers, appraisals and courses done.</summary>
    private static readonly ApplicantFacts FujianTechnician = new()
    {
        EmployeeNumber = "FJ1", LevelHeld = SkillLevel.Technician, LevelHeldSince = new DateOnly(2014, 1, 1),
        PostStartedOn = new DateOnly(2014, 1, 1), Education = "大专",
        WorkStartedOn = new DateOnly(2000, 7, 1), Gender = Gender.Male, BirthDate = new DateOnly(1978, 3, 1),
        Appraisals = new Dictionary<int, AppraisalGrade> { [2019] = AppraisalGrade.Passed },
        ContinuingEducation = new Dictionary<int, bool> { [2019] = true },
        Achievements = [new AchievementRecord { Kind = AchievementKind.Paper, JournalClass = "CN", Year = 2018 }],
    };

    [Fact]
    public void Fujian_NationalClassOneTopThree_IsDirectlyConfirmed()
    {
        var gold = new AchievementRecord { Kind = AchievementKind.Competition, Level = AchievementLevel.National, Class = "一类", Rank = 2, Year = 2019 };

        var verdict = EligibilityEngine.Evaluate(Fixture("fujian-sketch"), FujianTechnician with { Education = null, Achievements = [gold] }, FujianClose);

        Assert.Equal(VerdictKind.DirectlyConfirmed, verdict.Kind);
    }

    [Fact]
    public void Fujian_TechnicianOfSixYears_IsEligibleByTheStandardRoute()
    {
        Assert.Equal(VerdictKind.EligibleStandard, EligibilityEngine.Evaluate(Fixture("fujian-sketch"), FujianTechnician, FujianClose).Kind);
    }

    [Theory]
    [InlineData(Gender.Male, "1962-06-30", VerdictKind.EligibleByRelaxation)]   // 满58
    [InlineData(Gender.Male, "1962-07-01", VerdictKind.Ineligible)]            // a day short of 58
    [InlineData(Gender.Female, "1972-06-30", VerdictKind.EligibleByRelaxation)] // 满48
    public void Fujian_SeniorAgeWithThreeExcellentAppraisals_RelaxesTheYears(Gender gender, string birth, VerdictKind expected)
    {
        var excellent = Enumerable.Range(2015, 5).ToDictionary(y => y, y => y >= 2017 ? AppraisalGrade.Excellent : AppraisalGrade.Passed);
        var facts = FujianTechnician with
        {
            PostStartedOn = new DateOnly(2018, 1, 1), Gender = gender, BirthDate = DateOnly.Parse(birth), Appraisals = excellent,
        };

        var verdict = EligibilityEngine.Evaluate(Fixture("fujian-sketch"), facts, FujianClose);

        Assert.Equal(expected, verdict.Kind);
        if (expected == VerdictKind.EligibleByRelaxation) Assert.Equal(["seniority"], verdict.Waived);
    }

    [Theory]
    [InlineData("50", VerdictKind.EligibleStandard)]
    [InlineData("49.99", VerdictKind.Ineligible)]
    public void Wenzhou_EconomicBenefitOfFiftyWanYuan_IsEnough(string amount, VerdictKind expected)
    {
        var facts = new ApplicantFacts
        {
            EmployeeNumber = "WZ1", TitleRank = "初级",
            Achievements = [new AchievementRecord { Kind = AchievementKind.EconomicBenefit, Year = 2019, AmountWanYuan = decimal.Parse(amount) }],
        };

        Assert.Equal(expected, EligibilityEngine.Evaluate(Fixture("wenzhou-sketch"), facts, new DateOnly(2020, 9, 30)).Kind);
    }

    [Fact]
    public void Wenzhou_StatesCommitteeAndVote()
    {
        var scheme = Fixture("wenzhou-sketch");

        Assert.Equal((7, 15), (scheme.Committee!.MinSize, scheme.Committee.MaxSize));
        Assert.True(scheme.Vote!.PassShare.IsMetBy(0.5m));
    }

    [Theory]
    [InlineData("2015-12-31", VerdictKind.EligibleStandard)]
    [InlineData("2016-01-01", VerdictKind.Ineligible)]
    public void Nantong_TechnicianCertificate_MustBeFrom2015OrEarlier(string since, VerdictKind expected)
    {
        var facts = new ApplicantFacts
        {
            EmployeeNumber = "NT1", LevelHeld = SkillLevel.Technician, LevelHeldSince = DateOnly.Parse(since),
            Education = "大专",
            Appraisals = Enumerable.Range(2014, 5).ToDictionary(y => y, _ => AppraisalGrade.Passed),
            ContinuingEducation = new Dictionary<int, bool> { [2018] = true },
            Achievements = [new AchievementRecord { Kind = AchievementKind.Paper, Year = 2017 }],
        };

        // The reference date is fixed (2020-05-31) whatever day the screening runs.
        var verdict = EligibilityEngine.Evaluate(Fixture("nantong-sketch"), facts, new DateOnly(2019, 6, 13));

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(new DateOnly(2020, 5, 31), verdict.ReferenceDate);
    }

    [Fact]
    public void Nantong_StatesQuotaTiersPhotoRulesAndBan()
    {
        var scheme = Fixture("nantong-sketch");

        Assert.Equal(3, scheme.MisconductBanYears);
        Assert.Equal(1, scheme.Quotas.UnitTiers!.PlacesFor(9, hadPlaceLastYear: true));
        Assert.Equal(0, scheme.Quotas.UnitTiers.PlacesFor(4, hadPlaceLastYear: true));
        var photo = Assert.Single(scheme.Materials.Items);
        Assert.Equal((20, "jpg"), (photo.MaxSizeKb!.Value, photo.FileTypes[0]));
        Assert.Equal(new DateTime(2019, 6, 13, 16, 0, 0), scheme.Window!.Closes);
    }
}
