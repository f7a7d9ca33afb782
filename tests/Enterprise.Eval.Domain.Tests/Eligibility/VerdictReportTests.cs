using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Tests.Schemes;

namespace Enterprise.Eval.Domain.Tests.Eligibility;

public sealed class VerdictReportTests
{
    private static readonly ApplicantFacts ShortOfFiveYears = new ApplicantFacts
    {
        EmployeeNumber = "JS9", LevelHeld = SkillLevel.SeniorTechnician, LevelOccupationCode = "6-18-01-01",
        PostStartedOn = new DateOnly(2017, 3, 1), StillInOccupation = true, TitleRank = "中级", Bans = [],
    }.WithAttestation("ethics", true, "经考察");

    [Fact]
    public void Lines_ShowConclusionRoutesAndEachConditionWithItsClause()
    {
        var lines = VerdictReport.Lines(EligibilityEngine.Evaluate(RepoFiles.Jiangsu, ShortOfFiveYears, new DateOnly(2022, 2, 28)));

        Assert.StartsWith("结论：不符合条件。", lines[0]);
        Assert.Equal("计算基准日：2022年2月28日", lines[1]);
        Assert.Contains("【基本条件1（高级技师岗位满5年）】不满足", lines);
        Assert.Contains("  ✗ 在高级技师岗位工作4年11个月27天，不满5年（004 一(二)1）", lines);
        Assert.Contains(lines, l => l.StartsWith("  ✓ “遵纪守法"));
    }

    [Fact]
    public void WithIdentity_TakesBirthDateAndGenderFromTheIdNumber()
    {
        var facts = ShortOfFiveYears.WithIdentity(ResidentIdNumber.Parse("11010519491231002X"));

        Assert.Equal((new DateOnly(1949, 12, 31), Gender.Female), (facts.BirthDate!.Value, facts.Gender!.Value));
    }
}
