using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Schemes;
using static Enterprise.Eval.Domain.Tests.Templates.TemplateTrace;

namespace Enterprise.Eval.Domain.Tests.Templates;

/// <summary>
/// Applicants built from seed 000 (福建省机关事业单位工勤人员高级技师评审暂行办法) screened with the shipped template
/// plugins/Fujian/templates/fujian-senior-technician.yaml. The 2020 window closes on 30 June 2020.
/// </summary>
public sealed class FujianTemplateScenarios
{
    private const string TemplatePath = "plugins/Fujian/templates/fujian-senior-technician.yaml";
    private static readonly Scheme Scheme = Load(TemplatePath);
    private static readonly DateOnly WindowClose = new(2020, 6, 30);

    private static readonly AchievementRecord CnPaper =
        new() { Kind = AchievementKind.Paper, JournalClass = "CN", Date = new DateOnly(2018, 4, 1), Title = "数控车床精度补偿方法" };

    /// <summary>技师 in post exactly 5 years on the closing day, 大专, a CN paper, 2019 appraisal and courses done.</summary>
    private static readonly ApplicantFacts Technician = new()
    {
        EmployeeNumber = "FJ001", Name = "陈建华",
        LevelHeld = SkillLevel.Technician, LevelHeldSince = new DateOnly(2015, 3, 1), PostStartedOn = new DateOnly(2015, 6, 30),
        Education = "大专", WorkStartedOn = new DateOnly(2000, 7, 1),
        Gender = Gender.Male, BirthDate = new DateOnly(1978, 3, 1),
        Appraisals = new Dictionary<int, AppraisalGrade> { [2019] = AppraisalGrade.Passed },
        ContinuingEducation = new Dictionary<int, bool> { [2019] = true },
        Achievements = [CnPaper], Bans = [],
        Attestations = Attest(("in-service-staff", true), ("ethics", true), ("competence", true)),
    };

    /// <summary>高中 only (no equivalent), 技师 in post for 2½ years, 20 working years: fails the standard route twice.</summary>
    private static readonly ApplicantFacts ShortServiceHighSchool = Technician with
    {
        Education = "高中", PostStartedOn = new DateOnly(2018, 1, 1),
        Attestations = AttestMore(Technician, ("equivalent-education", false)),
    };

    private static Verdict Screen(ApplicantFacts facts) => EligibilityEngine.Evaluate(Scheme, facts, WindowClose);

    private static AchievementRecord Competition(string cls, AchievementLevel level, int rank) =>
        new() { Kind = AchievementKind.Competition, Class = cls, Level = level, Rank = rank, Year = 2019 };

    [Fact]
    public void Template_PassesSchemeCheck_WithEveryRuleCitingSeed000()
    {
        Assert.Equal(SkillLevel.SeniorTechnician, Scheme.TargetLevel);
        Assert.Equal("福建", Scheme.Region);
        Assert.All(Scheme.Eligibility.Conditions.Values, c => Assert.StartsWith("000 ", c.Source));
        Assert.All(Scheme.Eligibility.Routes, r => Assert.StartsWith("000 ", r.Source));
        Assert.Equal(
            [RouteKind.DirectConfirmation, RouteKind.Standard, RouteKind.Relaxation, RouteKind.Relaxation],
            Scheme.Eligibility.Routes.Select(r => r.Kind));
    }

    [Fact]
    public void TechnicianOfExactlyFiveYears_IsEligibleByTheStandardRoute()
    {
        var verdict = Screen(Technician);

        Assert.Equal(VerdictKind.EligibleStandard, verdict.Kind);
        Assert.Equal("standard", verdict.Route!.Id);
        HasSentence(verdict, "在技师岗位工作5年0个月，已满5年");
    }

    [Fact]
    public void TechnicianADayShortOfFiveYears_IsIneligible_WithTheReason()
    {
        var verdict = Screen(Technician with { PostStartedOn = new DateOnly(2015, 7, 1) });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(verdict, "standard"));
        Assert.Contains(verdict.FailingReasons, r => r.StartsWith("常规申报：") && r.Contains("在技师岗位工作4年11个月29天，不满5年"));
    }

    [Theory]
    [InlineData("1990-06-30", VerdictKind.EligibleStandard)]   // 工作年限满30年 on the closing day
    [InlineData("1990-07-01", VerdictKind.Ineligible)]         // a day short of 30 working years
    public void ThirtyWorkingYearsAndThreeAsTechnician_IsTheOtherSeniority(string workStart, VerdictKind expected)
    {
        var facts = Technician with { PostStartedOn = new DateOnly(2017, 6, 30), WorkStartedOn = DateOnly.Parse(workStart) };

        var verdict = Screen(facts);

        Assert.Equal(expected, verdict.Kind);
        HasSentence(verdict, "在技师岗位工作3年0个月，已满3年");
        HasSentence(verdict, expected == VerdictKind.EligibleStandard ? "工作年限30年0个月，已满30年" : "工作年限29年11个月29天，不满30年");
    }

    [Theory]
    [InlineData(3, VerdictKind.DirectlyConfirmed, "direct-national-top3")]                      // 前三名以上
    [InlineData(4, VerdictKind.EligibleByRelaxation, "relax-education-and-years")]              // 第四名至第十名
    [InlineData(10, VerdictKind.EligibleByRelaxation, "relax-education-and-years")]
    public void NationalClassOneCompetitionRank_DecidesBetweenDirectConfirmationAndRelaxation(int rank, VerdictKind expected, string route)
    {
        var facts = ShortServiceHighSchool with { Achievements = [CnPaper, Competition("一类", AchievementLevel.National, rank)] };

        var verdict = Screen(facts);

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(route, verdict.Route!.Id);
        HasSentence(verdict, rank <= 3 ? "全国一类技能竞赛前三名1项，已满1项" : "全国一类技能竞赛前三名0项，不满1项");
    }

    [Fact]
    public void NationalClassOneRankFour_WaivesEducationAndYears_NamingThem()
    {
        var facts = ShortServiceHighSchool with { Achievements = [CnPaper, Competition("一类", AchievementLevel.National, 4)] };

        var verdict = Screen(facts);

        Assert.Equal(["education", "seniority"], verdict.Waived);
        Assert.Equal(["大专及以上或相当学历", "任职年限（技师岗位满5年，或工作满30年且技师岗位满3年）"], verdict.WaivedNames);
        Assert.Contains("业绩突出学历、年限破格", verdict.Summary);
    }

    [Fact]
    public void NationalClassOneRankEleven_EarnsNothing_AndIsIneligible()
    {
        var verdict = Screen(ShortServiceHighSchool with { Achievements = [CnPaper, Competition("一类", AchievementLevel.National, 11)] });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(verdict, "relax-education-and-years"));
        HasSentence(verdict, "全国一类技能竞赛第四名至第十名0项，不满1项");
        Assert.Contains(verdict.FailingReasons, r => r.Contains("学历为高中，低于大专"));
    }

    [Fact]
    public void DirectConfirmation_StillNeedsTheApplicantToBeInServiceStaff()
    {
        var facts = ShortServiceHighSchool with
        {
            Achievements = [Competition("一类", AchievementLevel.National, 1)],
            Attestations = AttestMore(ShortServiceHighSchool, ("in-service-staff", false)),
        };

        var verdict = Screen(facts);

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(verdict, "direct-national-top3"));
        HasSentence(verdict, "“本省机关事业单位或中央驻闽机关事业单位在编在岗工勤人员”人事部门确认不符合");
    }

    [Theory]
    [InlineData(Gender.Male, "1962-06-30", VerdictKind.EligibleByRelaxation, "男，58周岁，已满58周岁")]
    [InlineData(Gender.Male, "1962-07-01", VerdictKind.Ineligible, "男，57周岁，不满58周岁")]       // a day short of 58
    [InlineData(Gender.Female, "1972-06-30", VerdictKind.EligibleByRelaxation, "女，48周岁，已满48周岁")]
    [InlineData(Gender.Female, "1972-07-01", VerdictKind.Ineligible, "女，47周岁，不满48周岁")]     // a day short of 48
    [InlineData(Gender.Male, "1972-06-30", VerdictKind.Ineligible, "男，48周岁，不满58周岁")]       // 48 is the women's age only
    public void SeniorAgeWithThreeExcellentAppraisals_RelaxesTheYears_From58ForMenAnd48ForWomen(
        Gender gender, string birth, VerdictKind expected, string sentence)
    {
        var appraisals = Enumerable.Range(2015, 5).ToDictionary(y => y, y => y >= 2017 ? AppraisalGrade.Excellent : AppraisalGrade.Passed);
        var facts = Technician with
        {
            PostStartedOn = new DateOnly(2018, 1, 1), Gender = gender, BirthDate = DateOnly.Parse(birth), Appraisals = appraisals,
        };

        var verdict = Screen(facts);

        Assert.Equal(expected, verdict.Kind);
        HasSentence(verdict, sentence);
        if (expected == VerdictKind.EligibleByRelaxation)
        {
            Assert.Equal("relax-working-years", verdict.Route!.Id);
            Assert.Equal(["seniority"], verdict.Waived);
        }
        else
        {
            Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(verdict, "relax-working-years"));
        }
    }

    [Fact]
    public void ManOf58WithOnlyTwoExcellentAppraisals_IsIneligible()
    {
        var appraisals = Enumerable.Range(2015, 5).ToDictionary(y => y, y => y >= 2018 ? AppraisalGrade.Excellent : AppraisalGrade.Passed);
        var facts = Technician with { PostStartedOn = new DateOnly(2018, 1, 1), BirthDate = new DateOnly(1960, 1, 1), Appraisals = appraisals };

        var verdict = Screen(facts);

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(verdict, "relax-working-years"));
        HasSentence(verdict, "2015—2019年年度考核优秀及以上2次，不满3次");
    }

    [Theory]
    [InlineData(AchievementLevel.Municipal, "劳动模范", VerdictKind.EligibleByRelaxation)]   // 市级及以上劳动模范
    [InlineData(AchievementLevel.Provincial, "五一劳动奖章", VerdictKind.EligibleByRelaxation)] // 省级以上五一劳动奖章
    [InlineData(AchievementLevel.Municipal, "五一劳动奖章", VerdictKind.Ineligible)]        // a city medal is not enough
    public void ModelWorker_RelaxesTheYears_AtTheLevelTheSeedNames(AchievementLevel level, string title, VerdictKind expected)
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = title, Level = level, Year = 2018 };

        var verdict = Screen(Technician with { PostStartedOn = new DateOnly(2018, 1, 1), Achievements = [CnPaper, honour] });

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(expected == VerdictKind.Ineligible ? ConditionOutcome.NotMet : ConditionOutcome.Met, RouteOutcome(verdict, "relax-working-years"));
        HasSentence(verdict, expected == VerdictKind.Ineligible ? "省级以上“五一劳动奖章”（先进工作者）0项" : $"1项（{title}）");
    }

    [Theory]
    [InlineData(10, VerdictKind.EligibleStandard)]   // 前十名 may hand in a work summary instead of a paper
    [InlineData(11, VerdictKind.Ineligible)]
    public void WorkSummary_ReplacesThePaper_ForProvincialClassTwoTopTen(int rank, VerdictKind expected)
    {
        var summary = new AchievementRecord { Kind = AchievementKind.WorkSummary, Year = 2020 };

        var verdict = Screen(Technician with { Achievements = [summary, Competition("二类", AchievementLevel.Provincial, rank)] });

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(expected == VerdictKind.Ineligible ? ConditionOutcome.NotMet : ConditionOutcome.Met, RouteOutcome(verdict, "standard"));
        HasSentence(verdict, "现工种等级期间CN刊物论文0项，不满1项");
    }

    [Fact]
    public void PaperPublishedBeforeTheTechnicianLevel_DoesNotCount()
    {
        var oldPaper = CnPaper with { Date = new DateOnly(2015, 2, 28) };

        var verdict = Screen(Technician with { Achievements = [oldPaper] });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Contains(verdict.FailingReasons, r => r.Contains("现工种等级期间CN刊物论文0项，不满1项"));
    }

    [Fact]
    public void HighSchoolApplicant_WaitsForHrToRuleOnAnEquivalentEducation()
    {
        var verdict = Screen(Technician with { Education = "高中" });

        Assert.Equal(VerdictKind.NeedsAttestation, verdict.Kind);
        Assert.Equal("standard", verdict.Route!.Id);
        Assert.Equal(["equivalent-education"], verdict.PendingAttestations);
        Assert.Equal(["具有相当于大专的学历"], verdict.PendingAttestationNames);
        HasSentence(verdict, "学历为高中，低于大专");
    }

    [Fact]
    public void ApplicantWithoutUnitAssessment_NeedsTheThreeAttestations()
    {
        var verdict = Screen(Technician with { Attestations = new Dictionary<string, Attestation>() });

        Assert.Equal(VerdictKind.NeedsAttestation, verdict.Kind);
        Assert.Equal("standard", verdict.Route!.Id);
        Assert.Equal(["in-service-staff", "ethics", "competence"], verdict.PendingAttestations);
        HasSentence(verdict, "“政治坚定，遵纪守法，爱岗敬业，有良好的职业道德”待人事部门确认");
    }

    [Fact]
    public void MissingLastYearsAppraisal_LeavesTheVerdictUndetermined()
    {
        var verdict = Screen(Technician with { Appraisals = new Dictionary<int, AppraisalGrade>() });

        Assert.Equal(VerdictKind.Undetermined, verdict.Kind);
        Assert.Contains("2019年度考核", verdict.MissingFacts);
        HasSentence(verdict, "缺少1个年度的考核结果");
    }

    [Theory]
    [InlineData("二类", AchievementLevel.National, 3, true)]    // 全国二类技能竞赛前三名
    [InlineData("二类", AchievementLevel.National, 4, false)]
    [InlineData("二类", AchievementLevel.Provincial, 1, true)]  // 省级二类技能竞赛第一名
    [InlineData("二类", AchievementLevel.Provincial, 2, false)]
    public void GrassrootsTalent_IsFlaggedOutsideThePostLimit(string cls, AchievementLevel level, int rank, bool flagged)
    {
        var facts = Technician with
        {
            Achievements = [CnPaper, Competition(cls, level, rank)],
            Attestations = AttestMore(Technician, ("grassroots-frontline", true)),
        };

        var verdict = Screen(facts);

        Assert.Equal(VerdictKind.EligibleStandard, verdict.Kind);
        Assert.Equal("standard", verdict.Route!.Id);
        Assert.Equal(flagged, verdict.IsPriority);
        if (flagged) Assert.Contains("不受岗位职数限制", verdict.Summary);
    }

    [Fact]
    public void ReviewQuotaAndMaterials_FollowSeed000()
    {
        Assert.Equal(["defence", "practical", "comprehensive"], Scheme.ReviewStages.Select(s => s.Definition.Code));
        Assert.True(Scheme.ReviewStages.Single(s => s.Definition.Code == "practical").Optional);
        var quota = Assert.Single(Scheme.Quotas.Caps);
        Assert.Equal((QuotaScope.Occupation, QuotaBase.ShareOfList, CapStrictness.InPrinciple), (quota.Scope, quota.Base, quota.Strictness));
        Assert.True(quota.ShareCap!.Value.IsMetBy(0.15m));
        Assert.False(quota.ShareCap.Value.IsMetBy(0.1501m));
        Assert.Equal((3, 3), (quota.PlacesFor(listSize: 20, groupApplicants: 0), quota.PlacesFor(listSize: 21, groupApplicants: 0)));
        Assert.Null(Scheme.MisconductBanYears);
        Assert.Contains(Scheme.Materials.Items, m => m.Code == "technician-certificate" && m.Required);
    }
}
