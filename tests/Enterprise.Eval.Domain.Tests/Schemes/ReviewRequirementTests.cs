using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>Issue 18 points 2 and 3 on the shipped templates: the review each seed requires, and the stated tie-breaks.</summary>
public sealed class ReviewRequirementTests
{
    [Fact]
    public void JiangsuTemplate_AsShipped_AsksTheEnterpriseToChooseAForm_AndBreaksTiesByPriority()
    {
        var scheme = RepoFiles.Jiangsu;

        var problems = ReviewCheck.Problems(scheme);

        Assert.Equal([ReviewCheck.TooFewChosen, ReviewCheck.EmptyReview], problems.Select(p => p.Code));
        Assert.Contains("业绩评审、技术攻关、口头答辩、企业内表彰", problems[0].Message);
        Assert.Equal([TieBreak.Priority], scheme.Review.TieBreaks);
        Assert.DoesNotContain(scheme.Review.TieBreaks, t => t.Kind == TieBreakKind.EarlierApplication);
    }

    [Fact]
    public void JiangsuTemplate_WithOneFormChosen_HoldsThatForm()
    {
        var text = RepoFiles.Read("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml").Replace(
            "{code: tackling, name: 技术攻关, kind: pass-fail, optional: true, chosen: false", "{code: tackling, name: 技术攻关, kind: pass-fail, optional: true, chosen: true",
            StringComparison.Ordinal);

        var scheme = SchemeFileParser.Parse(text, "jiangsu.yaml").Scheme!;

        Assert.Empty(ReviewCheck.Problems(scheme));
        Assert.Equal(["tackling"], scheme.ReviewStages.Where(s => s.IsHeld).Select(s => s.Definition.Code));
    }

    [Theory]
    [InlineData("plugins/Fujian/templates/fujian-senior-technician.yaml")]
    [InlineData("plugins/Jiangsu/templates/nantong-senior-technician.yaml")]
    [InlineData("plugins/Shandong/templates/binzhou-grand-technician.yaml")]
    [InlineData("plugins/Zhejiang/templates/wenzhou-direct-technician.yaml")]
    [InlineData("plugins/Zhejiang/templates/wenzhou-direct-senior.yaml")]
    public void OtherTemplates_HoldTheirMandatoryReview_AsShipped(string path)
    {
        Assert.Empty(ReviewCheck.Problems(RepoFiles.LoadScheme(path)));
    }

    [Fact]
    public void FujianTemplate_ScoresTheDefence_SoTheFifteenPercentCapCutsByMarks()
    {
        var defence = RepoFiles.LoadScheme("plugins/Fujian/templates/fujian-senior-technician.yaml").ReviewStages.Single(s => s.Definition.Code == "defence");

        Assert.Equal(Domain.Review.Scoring.StageKind.Scored, defence.Definition.Kind);
        Assert.Equal(1m, defence.Definition.Weight);
    }

    [Theory]
    [InlineData("chosen: true", "{code: defence, name: 答辩, kind: pass-fail, chosen: true}")]
    [InlineData("stage:defence", "{code: defence, name: 答辩, kind: pass-fail}")]
    [InlineData("first-come", "{code: defence, name: 答辩, kind: pass-fail}")]
    public void Parse_RefusesAChosenMandatoryStage_AStageTieBreakOnAPassFailStage_AndAnUnknownTieBreak(string what, string stage)
    {
        var tieBreak = what.StartsWith("chosen", StringComparison.Ordinal) ? "priority" : what;
        var text = $"""
            id: t
            title: 测试
            year: 2026
            targetLevel: 特级技师
            eligibility:
              conditions:
                senior-5: {"{"}kind: level-held-for, level: 高级技师, years: 满5年{"}"}
              routes:
                - {"{"}id: r, name: 途径, kind: standard, requires: [senior-5]{"}"}
            reviewStages:
              - {stage}
            review:
              tieBreaks: [{tieBreak}]
            """;

        var result = SchemeFileParser.Parse(text, "t.yaml");

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Code == SchemeErrorCodes.Inconsistent);
    }
}
