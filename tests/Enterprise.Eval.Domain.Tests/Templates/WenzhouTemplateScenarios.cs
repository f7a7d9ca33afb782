using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;
using Enterprise.Eval.Domain.Schemes;
using static Enterprise.Eval.Domain.Tests.Templates.TemplateTrace;

namespace Enterprise.Eval.Domain.Tests.Templates;

/// <summary>
/// Frontline workers built from seed 001 (温人社发〔2020〕86号 高级工、技师直接认定) screened with the two shipped
/// templates plugins/Zhejiang/templates/wenzhou-direct-senior.yaml (高级工, one of 4) and wenzhou-direct-technician.yaml
/// (技师, one of 5).
/// </summary>
public sealed class WenzhouTemplateScenarios
{
    private const string SeniorPath = "plugins/Zhejiang/templates/wenzhou-direct-senior.yaml";
    private const string TechnicianPath = "plugins/Zhejiang/templates/wenzhou-direct-technician.yaml";
    private static readonly Scheme Senior = Load(SeniorPath);
    private static readonly Scheme Technician = Load(TechnicianPath);
    private static readonly DateOnly WindowClose = new(2020, 9, 30);

    /// <summary>A frontline worker the unit vouches for, with a 初级 title outside the trade and no records yet.</summary>
    private static readonly ApplicantFacts Worker = new()
    {
        EmployeeNumber = "WZ001", Name = "林海燕",
        LevelHeld = SkillLevel.Intermediate, LevelOccupationCode = "6-20-03-01", TitleRank = "初级",
        Achievements = [], Bans = [],
        Attestations = Attest(("frontline-worker", true), ("ethics", true), ("occupation-in-scope", true), ("title-related", false)),
    };

    private static Scheme For(string level) => level == "高级工" ? Senior : Technician;

    private static Verdict Screen(string level, ApplicantFacts facts) => EligibilityEngine.Evaluate(For(level), facts, WindowClose);

    private static ApplicantFacts With(params AchievementRecord[] records) => Worker with { Achievements = records };

    private static AchievementRecord Award(AchievementLevel level, int grade, bool main = true) =>
        new() { Kind = AchievementKind.Award, Level = level, Grade = grade, MainContributor = main, Year = 2019 };

    [Theory]
    [InlineData(SeniorPath, "高级工", 4)]
    [InlineData(TechnicianPath, "技师", 5)]
    public void Templates_PassSchemeCheck_OneRoutePerConditionOfTheSeed(string path, string level, int routes)
    {
        var scheme = Load(path);

        Assert.Equal(level, scheme.TargetLevel.ChineseName());
        Assert.Equal(routes, scheme.Eligibility.Routes.Count);
        Assert.All(scheme.Eligibility.Routes, r => Assert.Equal(RouteKind.Standard, r.Kind));
        Assert.All(scheme.Eligibility.Conditions.Values, c => Assert.StartsWith("001 ", c.Source));
        Assert.All(scheme.Materials.Items, m => Assert.StartsWith("001 ", m.Source));
    }

    [Theory]
    [InlineData("高级工", "30", VerdictKind.EligibleStandard, "年经济效益30万元，已满30万元")]        // 30万元以上 includes 30
    [InlineData("高级工", "29.99", VerdictKind.Ineligible, "年经济效益29.99万元，不满30万元")]
    [InlineData("技师", "50", VerdictKind.EligibleStandard, "年经济效益50万元，已满50万元")]
    [InlineData("技师", "49.99", VerdictKind.Ineligible, "年经济效益49.99万元，不满50万元")]
    [InlineData("技师", "30", VerdictKind.Ineligible, "年经济效益30万元，不满50万元")]               // enough for 高级工 only
    public void EconomicBenefitPerYear_MeetsTheLevelsThreshold(string level, string amount, VerdictKind expected, string sentence)
    {
        var benefit = new AchievementRecord { Kind = AchievementKind.EconomicBenefit, Year = 2019, AmountWanYuan = decimal.Parse(amount) };

        var verdict = Screen(level, With(benefit));

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(expected == VerdictKind.Ineligible ? ConditionOutcome.NotMet : ConditionOutcome.Met, RouteOutcome(verdict, "economic-benefit"));
        HasSentence(verdict, sentence);
    }

    [Theory]
    [InlineData("高级工", AchievementLevel.County, VerdictKind.EligibleStandard)]      // 县级劳动模范
    [InlineData("高级工", AchievementLevel.Enterprise, VerdictKind.Ineligible)]
    [InlineData("技师", AchievementLevel.Municipal, VerdictKind.EligibleStandard)]     // 市级及以上
    [InlineData("技师", AchievementLevel.County, VerdictKind.Ineligible)]
    public void ModelWorkerHonour_CountsFromTheLevelsMinimum(string level, AchievementLevel honourLevel, VerdictKind expected)
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = "劳动模范", Level = honourLevel, Year = 2018 };

        var verdict = Screen(level, With(honour));

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(expected == VerdictKind.Ineligible ? null : "honours", verdict.Route?.Id);
        HasSentence(verdict, expected == VerdictKind.Ineligible ? "技术能手称号0项，不满1项" : "技术能手称号1项（劳动模范），已满1项");
    }

    [Theory]
    [InlineData("高级工", AchievementLevel.Municipal, 3, 1, true)]    // 市以上三等奖以上
    [InlineData("高级工", AchievementLevel.Municipal, 4, 1, false)]
    [InlineData("高级工", AchievementLevel.County, 3, 2, true)]       // 县以上三等奖两项以上
    [InlineData("高级工", AchievementLevel.County, 3, 1, false)]
    [InlineData("技师", AchievementLevel.Provincial, 4, 1, true)]     // 省以上四等奖以上
    [InlineData("技师", AchievementLevel.Provincial, 5, 1, false)]
    [InlineData("技师", AchievementLevel.Municipal, 3, 2, true)]      // 市以上三等奖两项以上
    [InlineData("技师", AchievementLevel.Municipal, 3, 1, false)]
    public void ScienceAwards_QualifyByLevelGradeAndCount(string level, AchievementLevel awardLevel, int grade, int count, bool eligible)
    {
        var verdict = Screen(level, With([.. Enumerable.Repeat(Award(awardLevel, grade), count)]));

        Assert.Equal(eligible ? VerdictKind.EligibleStandard : VerdictKind.Ineligible, verdict.Kind);
        Assert.Equal(eligible ? ConditionOutcome.Met : ConditionOutcome.NotMet, RouteOutcome(verdict, "awards-or-patents"));
        HasSentence(verdict, "科技成果（发明创造）");
    }

    [Fact]
    public void AwardOfAnOrdinaryParticipant_DoesNotCount()
    {
        var verdict = Screen("高级工", With(Award(AchievementLevel.Provincial, 1, main: false)));

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        HasSentence(verdict, "市以上科技成果（发明创造）三等奖以上（主要完成者）0项，不满1项");
    }

    [Theory]
    [InlineData("高级工", 1, VerdictKind.EligibleStandard, "国家专利（主要完成者）1项，已满1项")]   // 一项以上
    [InlineData("技师", 1, VerdictKind.Ineligible, "国家专利（主要完成者）1项，不满2项")]         // 两项以上
    [InlineData("技师", 2, VerdictKind.EligibleStandard, "国家专利（主要完成者）2项，已满2项")]
    public void Patents_CountPerLevel(string level, int patents, VerdictKind expected, string sentence)
    {
        var patent = new AchievementRecord { Kind = AchievementKind.Patent, MainContributor = true, Year = 2019 };

        var verdict = Screen(level, With([.. Enumerable.Repeat(patent, patents)]));

        Assert.Equal(expected, verdict.Kind);
        if (expected == VerdictKind.EligibleStandard) Assert.Equal("awards-or-patents", verdict.Route!.Id);
        HasSentence(verdict, sentence);
    }

    [Theory]
    [InlineData("高级工", "初级", "junior-title")]
    [InlineData("技师", "中级", "intermediate-title")]
    public void RelatedProfessionalTitle_QualifiesOnceHrConfirmsTheField(string level, string rank, string route)
    {
        var pending = Worker with { TitleRank = rank, Attestations = Attest(("frontline-worker", true), ("ethics", true), ("occupation-in-scope", true)) };

        var waiting = Screen(level, pending);
        var confirmed = Screen(level, pending with { Attestations = AttestMore(pending, ("title-related", true)) });

        Assert.Equal(VerdictKind.NeedsAttestation, waiting.Kind);
        Assert.Equal(route, waiting.Route!.Id);
        Assert.Equal(["职称专业与申报职业（工种）相关"], waiting.PendingAttestationNames);
        Assert.Equal(VerdictKind.EligibleStandard, confirmed.Kind);
        Assert.Equal(route, confirmed.Route!.Id);
        HasSentence(confirmed, $"职称为{(rank == "初级" ? "初级" : "中级")}");
    }

    [Fact]
    public void JuniorTitle_IsNotEnoughForTechnician()
    {
        var verdict = Screen("技师", Worker with { Attestations = AttestMore(Worker, ("title-related", true)) });

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(verdict, "intermediate-title"));
        HasSentence(verdict, "职称为初级，低于中级");
    }

    [Theory]
    [InlineData(AchievementLevel.Provincial, VerdictKind.EligibleStandard)]
    [InlineData(AchievementLevel.Municipal, VerdictKind.Ineligible)]    // a city scheme is not the provincial 百千万 programme
    public void ExcellentSkillTalentOfTheProvincialProgramme_QualifiesForTechnician(AchievementLevel level, VerdictKind expected)
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = "优秀技能人才", Level = level, Year = 2019 };

        var verdict = Screen("技师", With(honour));

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(expected == VerdictKind.Ineligible ? ConditionOutcome.NotMet : ConditionOutcome.Met, RouteOutcome(verdict, "leading-talent"));
        HasSentence(verdict, "浙江省“百千万”高技能领军人才“优秀技能人才”");
    }

    [Theory]
    [InlineData("高级工")]
    [InlineData("技师")]
    public void WorkerTheUnitHasNotVouchedFor_NeedsTheFrontlineAttestation(string level)
    {
        var honour = new AchievementRecord { Kind = AchievementKind.Honour, Title = "技术能手", Level = AchievementLevel.Provincial, Year = 2019 };
        var facts = With(honour) with { Attestations = Attest(("ethics", true), ("occupation-in-scope", true), ("title-related", false)) };

        var verdict = Screen(level, facts);

        Assert.Equal(VerdictKind.NeedsAttestation, verdict.Kind);
        Assert.Equal("honours", verdict.Route!.Id);
        Assert.Equal(["frontline-worker"], verdict.PendingAttestations);
        HasSentence(verdict, "“在本市企业单位直接从事一线技能工作的职工”待人事部门确认");
    }

    [Theory]
    [InlineData(SeniorPath)]
    [InlineData(TechnicianPath)]
    public void CommitteeAndVote_FollowSeed001(string path)
    {
        var scheme = Load(path);

        Assert.Equal((7, 15), (scheme.Committee!.MinSize, scheme.Committee.MaxSize));
        Assert.True(scheme.Committee.ExpertShare!.Value.IsMetBy(10m / 15m));    // 不少于三分之二: 10 of 15
        Assert.False(scheme.Committee.ExpertShare.Value.IsMetBy(9m / 14m));
        Assert.True(scheme.Vote!.PassShare.IsMetBy(0.5m));                      // 同意票率在50%以上 passes at exactly 50%
        Assert.False(scheme.Vote.PassShare.IsMetBy(0.4999m));
        Assert.Equal((VoteDenominator.AllEligibleMembers, BallotKind.Secret), (scheme.Vote.Denominator, scheme.Vote.Kind));
        Assert.Contains("3-7人", scheme.ReviewStages[0].Definition.Name);
        var committeeReview = scheme.ReviewStages.Single(s => s.Definition.Code == "committee-review").Definition;
        Assert.Equal(StageKind.PassFail, committeeReview.Kind);
        Assert.Equal(scheme.Vote.PassShare, committeeReview.PassMark!.Value);  // the stage passes on the same 50%以上
        Assert.Contains(scheme.Materials.Items, m => m.Code == "work-summary" && m.Required);
    }
}
