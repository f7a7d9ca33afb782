using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Application.Honours;
using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Honours;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Domain.Tests.Schemes;
using static Enterprise.Eval.Domain.Tests.Templates.TemplateTrace;

namespace Enterprise.Eval.Domain.Tests.Honours;

/// <summary>
/// Honours counted by meaning (issue 18 point 4): a facts CSV row read through the national pack's honour vocabulary
/// (plugins/National/vocabulary/honours.yaml), then screened with the shipped templates. Seed 001 二(一)1 (温州 高级工:
/// 县级 劳动模范、五一劳动奖章、技术能手), 二(二)1 (技师: 市级及以上); seed 000 二(七) (福建: 省、部级 技术能手、首席技师).
/// </summary>
public sealed class HonoursByMeaningSpecs
{
    private const string Header = "工号,类别,年份,日期,级别,竞赛类别,名次,奖项等级,名称,刊物类别,金额（万元）,结果,主要完成者";
    private static readonly HonourVocabulary National =
        HonourVocabularyReader.ReadOrThrow("honours.yaml", RepoFiles.Read("plugins/National/vocabulary/honours.yaml"));
    private static readonly Scheme WenzhouSenior = Load("plugins/Zhejiang/templates/wenzhou-direct-senior.yaml");
    private static readonly Scheme WenzhouTechnician = Load("plugins/Zhejiang/templates/wenzhou-direct-technician.yaml");
    private static readonly Scheme Fujian = Load("plugins/Fujian/templates/fujian-senior-technician.yaml");

    private static readonly ApplicantFacts WenzhouWorker = new()
    {
        EmployeeNumber = "E1", Name = "林海燕", LevelHeld = SkillLevel.Intermediate, LevelOccupationCode = "6-20-03-01",
        TitleRank = "初级", Achievements = [], Bans = [],
        Attestations = Attest(("frontline-worker", true), ("ethics", true), ("occupation-in-scope", true), ("title-related", false)),
    };

    /// <summary>福建: 高中 and 2½ years as 技师, so only the 二(七) relaxation can carry the application.</summary>
    private static readonly ApplicantFacts FujianTechnician = new()
    {
        EmployeeNumber = "E1", Name = "陈建华",
        LevelHeld = SkillLevel.Technician, LevelHeldSince = new DateOnly(2015, 3, 1), PostStartedOn = new DateOnly(2018, 1, 1),
        Education = "高中", WorkStartedOn = new DateOnly(2000, 7, 1), Gender = Gender.Male, BirthDate = new DateOnly(1978, 3, 1),
        Appraisals = new Dictionary<int, AppraisalGrade> { [2019] = AppraisalGrade.Passed },
        ContinuingEducation = new Dictionary<int, bool> { [2019] = true },
        Achievements = [new() { Kind = AchievementKind.Paper, JournalClass = "CN", Date = new DateOnly(2018, 4, 1), Title = "数控车床精度补偿方法" }],
        Bans = [],
        Attestations = Attest(("in-service-staff", true), ("ethics", true), ("competence", true), ("equivalent-education", false)),
    };

    private static FactsImportResult Import(params string[] rows) =>
        new FactsCsvImporter(National).Import(new StringReader(string.Join("\n", rows.Prepend(Header)) + "\n"));

    private static IReadOnlyList<AchievementRecord> Honours(params string[] rows)
    {
        var result = Import(rows);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.ByEmployee["E1"].Achievements;
    }

    private static ApplicantFacts WithHonours(ApplicantFacts facts, params string[] rows) =>
        facts with { Achievements = [.. facts.Achievements!, .. Honours(rows)] };

    [Fact]
    public void NationalTechnicalExpert_MeetsWenzhouSeniorHonourRule_0012_1()
    {
        var verdict = EligibilityEngine.Evaluate(WenzhouSenior, WithHonours(WenzhouWorker, "E1,荣誉,2019,,,,,,全国技术能手,,,,"), new DateOnly(2020, 9, 30));

        Assert.Equal(VerdictKind.EligibleStandard, verdict.Kind);
        Assert.Equal("honours", verdict.Route?.Id);
        HasSentence(verdict, "1项（全国技术能手），已满1项");
    }

    [Fact]
    public void NationalTechnicalExpert_MeetsFujianRelaxation_000_2_7()
    {
        var verdict = EligibilityEngine.Evaluate(Fujian, WithHonours(FujianTechnician, "E1,荣誉,2019,,国家级,,,,全国技术能手,,,,"), new DateOnly(2020, 6, 30));

        Assert.Equal(VerdictKind.EligibleByRelaxation, verdict.Kind);
        Assert.Equal("relax-education-and-years", verdict.Route?.Id);
        Assert.Equal(ConditionOutcome.Met, RouteOutcome(verdict, "relax-education-and-years"));
    }

    [Fact]
    public void ProvincialTechnicalExpert_WrittenWithThePlace_MeetsFujianRelaxation()
    {
        var verdict = EligibilityEngine.Evaluate(Fujian, WithHonours(FujianTechnician, "E1,荣誉,2019,,省级,,,,福建省技术能手,,,,"), new DateOnly(2020, 6, 30));

        Assert.Equal(ConditionOutcome.Met, RouteOutcome(verdict, "relax-education-and-years"));
    }

    [Theory]
    [InlineData("鹿城区技术能手", "县级")]
    [InlineData("技术能手", "县级")]
    [InlineData("县级技术能手", "")]
    public void CountyTechnicalExpert_DoesNotMeetWenzhouTechnicianRule_0012_1_WhichNeedsMunicipal(string title, string level)
    {
        var facts = WithHonours(WenzhouWorker, $"E1,荣誉,2019,,{level},,,,{title},,,,");

        Assert.Equal(VerdictKind.EligibleStandard, EligibilityEngine.Evaluate(WenzhouSenior, facts, new DateOnly(2020, 9, 30)).Kind);
        var technician = EligibilityEngine.Evaluate(WenzhouTechnician, facts, new DateOnly(2020, 9, 30));
        Assert.Equal(VerdictKind.Ineligible, technician.Kind);
        Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(technician, "honours"));
    }

    [Fact]
    public void CountyTechnicalExpert_DoesNotMeetFujianRelaxation_WhichNeedsProvincial()
    {
        var verdict = EligibilityEngine.Evaluate(Fujian, WithHonours(FujianTechnician, "E1,荣誉,2019,,县级,,,,技术能手,,,,"), new DateOnly(2020, 6, 30));

        Assert.Equal(VerdictKind.Ineligible, verdict.Kind);
        Assert.Equal(ConditionOutcome.NotMet, RouteOutcome(verdict, "relax-education-and-years"));
    }

    [Fact]
    public void UnknownTitle_IsReportedAtImport_WithCodeRowAndColumn_AndStillImported()
    {
        var result = Import("E1,荣誉,2019,,省级,,,,技术达人,,,,", "E1,荣誉,2020,,国家级,,,,全国技术能手,,,,");

        Assert.True(result.IsValid);
        var notice = Assert.Single(result.Notices);
        Assert.Equal((1, FactsCsvColumns.Title, FactsImportErrorCodes.UnknownHonourTitle), (notice.Row, notice.Column, notice.Code));
        Assert.Contains("技术达人", notice.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.ByEmployee["E1"].Achievements.Count);
    }

    [Fact]
    public void PlaceTitleWithoutLevel_IsReported_AndTitleLevelOverridesAContradictingColumn()
    {
        var result = Import("E1,荣誉,2019,,,,,,温州市技术能手,,,,", "E1,荣誉,2020,,市级,,,,全国技术能手,,,,");

        Assert.Equal(
            [(1, FactsCsvColumns.Level, FactsImportErrorCodes.HonourLevelMissing), (2, FactsCsvColumns.Level, FactsImportErrorCodes.HonourLevelDiffers)],
            result.Notices.Select(n => (n.Row, n.Column, n.Code)).ToArray());
        Assert.Equal(AchievementLevel.National, result.ByEmployee["E1"].Achievements[1].Level);
    }

    [Theory]
    [InlineData("全国技术能手", "技术能手", "全国技术能手", AchievementLevel.National)]
    [InlineData("“五一”劳动奖章", "五一劳动奖章", "五一劳动奖章", null)]
    [InlineData("山东省首席技师", "首席技师", "齐鲁首席技师", AchievementLevel.Provincial)]
    [InlineData("江苏工匠", "工匠", "江苏工匠", AchievementLevel.Provincial)]
    [InlineData("齐鲁工匠", "工匠", "齐鲁工匠", AchievementLevel.Provincial)]
    [InlineData("江苏省技术能手", "技术能手", "江苏省技术能手", null)]
    [InlineData("享受国务院政府特殊津贴", "国务院政府特殊津贴", "国务院政府特殊津贴", AchievementLevel.National)]
    public void Vocabulary_GivesFamilyCanonicalTitleAndTheLevelTheTitleFixes(string written, string family, string canonical, AchievementLevel? level)
    {
        var title = National.Find(written);

        Assert.Equal(new HonourTitle(canonical, family, level), title);
    }

    [Fact]
    public void EveryHonourFamilyAndTitleTheTemplatesName_IsInTheVocabulary()
    {
        var templates = Directory.GetFiles(RepoFiles.PathOf("plugins"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}templates{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var filters = templates.SelectMany(f => Conditions(RepoFiles.LoadScheme(Path.GetRelativePath(RepoFiles.Root, f)).Eligibility.Conditions.Values))
            .OfType<CountOfRecordsCondition>().Select(c => c.Filter).Where(f => f.Kinds.Contains(AchievementKind.Honour)).ToList();

        Assert.NotEmpty(filters);
        Assert.All(filters.SelectMany(f => f.Families), family => Assert.True(National.HasFamily(family), $"family {family}"));
        Assert.All(filters.SelectMany(f => f.Titles), title => Assert.True(National.HasTitle(title), $"title {title}"));
    }

    private static IEnumerable<Condition> Conditions(IEnumerable<Condition> roots) =>
        roots.SelectMany(c => c is CompositeCondition composite ? Conditions(composite.Children).Prepend(c) : [c]);
}
