using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Schemes;

public sealed class TemplateFilesTests
{
    public static TheoryData<string> Templates() =>
        new(Directory.GetFiles(RepoFiles.PathOf("plugins"), "*.yaml", SearchOption.AllDirectories)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}templates{Path.DirectorySeparatorChar}"))
            .Select(p => Path.GetRelativePath(RepoFiles.Root, p).Replace(Path.DirectorySeparatorChar, '/')));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Parse_HasNoErrors_ForEveryShippedTemplate(string relative)
    {
        var result = SchemeFileParser.Parse(RepoFiles.Read(relative), relative);

        Assert.Empty(result.Errors);
        Assert.False(string.IsNullOrWhiteSpace(result.Scheme!.Region));
    }

    [Fact]
    public void Jiangsu_StatesAssessmentBanAndPublicity_FromSeed004()
    {
        var scheme = RepoFiles.Jiangsu;

        Assert.Equal("江苏省特级技师评聘", scheme.Title);
        Assert.Equal(SkillLevel.GrandTechnician, scheme.TargetLevel);
        Assert.True(scheme.AssessmentRequired);
        Assert.Equal(new DateOnly(2022, 1, 10), scheme.AssessmentDeadline);   // 004 三 时序进度：2022年1月上旬 评估工作方案
        Assert.Equal(5, scheme.MisconductBanYears);
        Assert.Equal(5, scheme.Timetable.MinimumPublicityWorkdays);
        Assert.Equal(7, scheme.Eligibility.PriorityMarkers.Count);
        Assert.All(scheme.Eligibility.Conditions.Values, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }

    [Fact]
    public void Binzhou_IsFiledWithItsRegistrationBody_WithoutADeadlineTheSeedDoesNotState()
    {
        var scheme = RepoFiles.LoadScheme("plugins/Shandong/templates/binzhou-grand-technician.yaml");

        Assert.True(scheme.AssessmentRequired);   // 003 四 向原自主评价备案部门（单位）备案后
        Assert.Null(scheme.AssessmentDeadline);
    }

    [Fact]
    public void Binzhou_HasRelaxationForUniqueTalent_FromSeed003()
    {
        var scheme = RepoFiles.Binzhou;

        var relaxation = Assert.Single(scheme.Eligibility.Routes, r => r.Kind == RouteKind.Relaxation);
        Assert.Equal("unique-talent", relaxation.EarnedBy);
        Assert.Contains("senior-technician-4-years", relaxation.Waives);
        Assert.Null(scheme.MisconductBanYears);
        Assert.All(scheme.Eligibility.Conditions.Values, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }
}
