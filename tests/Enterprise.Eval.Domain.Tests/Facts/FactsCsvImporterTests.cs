using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Tests.Facts;

public sealed class FactsCsvImporterTests
{
    private const string Header = "工号,类别,年份,日期,级别,竞赛类别,名次,奖项等级,名称,刊物类别,金额（万元）,结果,主要完成者";

    private static FactsImportResult Import(params string[] rows) =>
        new FactsCsvImporter().Import(new StringReader(string.Join("\n", rows.Prepend(Header)) + "\n"));

    [Fact]
    public void Import_GroupsRecordsPerEmployee()
    {
        var result = Import(
            "E1,年度考核,2020,,,,,,,,,优秀,",
            "E1,年度考核,2021,,,,,,,,,合格,",
            "E1,继续教育,2021,,,,,,,,,完成,",
            "E1,竞赛,,2021-10-12,国家级,一类,3,,全国数控技能大赛,,,,",
            "E2,经济效益,2023,,,,,,技改项目,,29.99,,是",
            "E2,奖项,2022,,省级,,,三等奖,省科技进步奖,,,,是");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var e1 = result.ByEmployee["E1"];
        Assert.Equal(AppraisalGrade.Excellent, e1.Appraisals[2020]);
        Assert.True(e1.ContinuingEducation[2021]);
        var competition = Assert.Single(e1.Achievements);
        Assert.Equal((AchievementKind.Competition, AchievementLevel.National, 3, 2021), (competition.Kind, competition.Level!.Value, competition.Rank!.Value, competition.EffectiveYear!.Value));
        var e2 = result.ByEmployee["E2"];
        Assert.Equal(29.99m, e2.Achievements[0].AmountWanYuan);
        Assert.Equal(3, e2.Achievements[1].Grade);
        Assert.True(e2.Achievements[1].MainContributor);
    }

    [Fact]
    public void Import_ReturnsEveryErrorWithRowAndColumn_AndNoRecords()
    {
        var result = Import(
            "E1,年度考核,2020,,,,,,,,,优秀,",
            ",荣誉,2020,,,,,,劳动模范,,,,",
            "E2,奖状,2020,,,,,,,,,,",
            "E3,竞赛,20x0,,宇宙级,,第零名,,,,,,",
            "E4,经济效益,2023,,,,,,,,,,");

        Assert.Empty(result.ByEmployee);
        Assert.Equal(
            [
                (2, "工号", FactsImportErrorCodes.MissingEmployeeNumber),
                (3, "类别", FactsImportErrorCodes.UnknownCategory),
                (4, "年份", FactsImportErrorCodes.BadYear),
                (4, "年份", FactsImportErrorCodes.NoYearOrDate),
                (4, "级别", FactsImportErrorCodes.UnknownLevel),
                (4, "名次", FactsImportErrorCodes.BadRank),
                (5, "金额（万元）", FactsImportErrorCodes.BadAmount),
            ],
            result.Errors.Select(e => (e.Row, e.Column, e.Code)).ToArray());
    }

    [Fact]
    public void Import_ReportsConflictingAppraisalsOfOneYear()
    {
        var result = Import("E1,年度考核,2020,,,,,,,,,优秀,", "E1,年度考核,2020,,,,,,,,,合格,");

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, FactsImportErrorCodes.Conflict), (error.Row, error.Code));
    }

    [Fact]
    public void Import_ReportsAMissingColumn()
    {
        var result = new FactsCsvImporter().Import(new StringReader("工号,年份\nE1,2020\n"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((0, "类别", FactsImportErrorCodes.MissingColumn), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Import_ReadsGb18030Bytes()
    {
        var bytes = Enterprise.Eval.Application.Roster.TextFileDecoder.Gb18030.GetBytes(Header + "\nE1,荣誉,2020,,省级,,,,劳动模范,,,,\n");

        var result = new FactsCsvImporter().Import(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("劳动模范", result.ByEmployee["E1"].Achievements[0].Title);
    }

    [Fact]
    public void Import_ReportsARowWithTheWrongNumberOfFields()
    {
        var result = Import("E1,年度考核,2020");

        Assert.Equal((1, FactsImportErrorCodes.FieldCount), (Assert.Single(result.Errors).Row, result.Errors[0].Code));
    }

    [Fact]
    public void ApplyTo_MergesIntoRosterFacts_MakingAchievementsKnown()
    {
        var records = Import("E1,年度考核,2021,,,,,,,,,合格,").ByEmployee["E1"];
        var roster = new ApplicantFacts
        {
            EmployeeNumber = "E1", Appraisals = new Dictionary<int, AppraisalGrade> { [2020] = AppraisalGrade.Excellent },
        };

        var merged = records.ApplyTo(roster);

        Assert.Equal(2, merged.Appraisals.Count);
        Assert.NotNull(merged.Achievements);
        Assert.Empty(merged.Achievements);
    }
}
