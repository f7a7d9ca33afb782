using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

public sealed class SchemeFileParserTests
{
    // Line numbers in the tests below count from this header: line 1 is "id: t".
    private const string Header = """
        id: t
        title: 测试方案
        year: 2026
        targetLevel: 特级技师
        eligibility:
          conditions:

        """;

    private static SchemeParseResult Parse(string conditionsAndRoutes) =>
        SchemeFileParser.Parse(Header + conditionsAndRoutes, "t.yaml");

    private static SchemeError Single(SchemeParseResult result, string code)
    {
        Assert.Null(result.Scheme);
        return Assert.Single(result.Errors, e => e.Code == code);
    }

    [Fact]
    public void Parse_ReportsLineAndColumn_ForAnUnknownConditionKind()
    {
        var result = Parse("""
                years:
                  kind: years-in-post
            routes:
              - {id: s, name: 常规, kind: standard, requires: [years]}
          """);

        var error = Single(result, SchemeErrorCodes.UnknownConditionKind);
        Assert.Equal((8, 15), (error.Line, error.Column));
        Assert.Contains("years-in-post", error.Message);
        Assert.Equal("t.yaml:8:15 EVAL-SCHEME-006 " + error.Message, error.ToString());
    }

    [Fact]
    public void Parse_ReportsLineAndColumn_ForAThresholdWithoutANumber()
    {
        var result = Parse("""
                years:
                  kind: working-years
                  years: 以上
            routes:
              - {id: s, name: 常规, kind: standard, requires: [years]}
          """);

        var error = Single(result, SchemeErrorCodes.ThresholdWithoutNumber);
        Assert.Equal((9, 16), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_ReportsTheWaivedName_ForARouteWaivingAnUndefinedCondition()
    {
        var result = Parse("""
                years: {kind: working-years, years: 满5年}
                award: {kind: count-of, filter: {kinds: [奖项]}}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [years]}
              - id: r
                name: 破格
                kind: relaxation
                base: s
                waives: [education]
                earnedBy: award
          """);

        var error = Single(result, SchemeErrorCodes.WaivesUndefinedCondition);
        Assert.Equal((15, 16), (error.Line, error.Column));
        Assert.Contains("education", error.Message);
    }

    [Fact]
    public void Parse_ReportsAnUnknownInclusivenessWord()
    {
        var result = Parse("""
                years: {kind: working-years, years: {value: 5, compare: 左右}}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [years]}
          """);

        Assert.Contains("左右", Single(result, SchemeErrorCodes.UnknownInclusiveness).Message);
    }

    [Fact]
    public void Parse_ReportsAnUnknownLevel()
    {
        var result = Parse("""
                level: {kind: level-held, level: 大师}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [level]}
          """);

        var error = Single(result, SchemeErrorCodes.UnknownLevel);
        Assert.Equal((7, 40), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_ReportsABadDate()
    {
        var result = Parse("""
                level: {kind: level-held, level: 技师, obtainedOnOrBefore: 2015-13-31}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [level]}
          """);

        Assert.Contains("2015-13-31", Single(result, SchemeErrorCodes.BadDate).Message);
    }

    [Fact]
    public void Parse_CollectsEveryError_NotOnlyTheFirst()
    {
        var result = Parse("""
                a: {kind: nonsense}
                b: {kind: working-years, years: 满}
                c: {kind: level-held, level: 大师}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [a, b, c, missing]}
          """);

        Assert.Equal(
            [SchemeErrorCodes.UnknownConditionKind, SchemeErrorCodes.ThresholdWithoutNumber, SchemeErrorCodes.UnknownLevel, SchemeErrorCodes.UndefinedCondition],
            result.Errors.Select(e => e.Code).ToArray());
        Assert.Equal([7, 8, 9, 11], result.Errors.Select(e => e.Line).ToArray());
    }

    [Fact]
    public void Parse_ReportsAReferenceCycle()
    {
        var result = Parse("""
                a: {kind: any, of: [b]}
                b: {kind: all, of: [a]}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [a]}
          """);

        Assert.Contains(result.Errors, e => e.Code == SchemeErrorCodes.ReferenceCycle);
    }

    [Fact]
    public void Parse_ReportsAMisspeltKey()
    {
        var result = Parse("""
                years: {kind: working-years, yaers: 满5年, years: 满5年}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [years]}
          """);

        Assert.Contains("yaers", Single(result, SchemeErrorCodes.UnknownKey).Message);
    }

    [Fact]
    public void Parse_ReportsSyntaxErrorsWithTheirPosition()
    {
        var result = SchemeFileParser.Parse("id: t\ntitle: [unclosed\n", "bad.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(SchemeErrorCodes.Syntax, error.Code);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void Parse_ReportsAnEmptyFile()
    {
        Assert.Equal(SchemeErrorCodes.EmptyFile, Assert.Single(SchemeFileParser.Parse("", "empty.yaml").Errors).Code);
    }

    [Theory]
    [InlineData("满5年", 5, Comparison.AtLeast)]
    [InlineData("5年以上", 5, Comparison.AtLeast)]
    [InlineData("超过5年", 5, Comparison.MoreThan)]
    [InlineData("不满5年", 5, Comparison.LessThan)]
    [InlineData("5", 5, Comparison.AtLeast)]
    [InlineData("2.5", 2.5, Comparison.AtLeast)]
    [InlineData("{value: 5, compare: 超过}", 5, Comparison.MoreThan)]
    public void Parse_ReadsThresholdPhrases(string years, double value, Comparison comparison)
    {
        var result = Parse($$"""
                years: {kind: working-years, years: {{years}}}
            routes:
              - {id: s, name: 常规, kind: standard, requires: [years]}
          """);

        Assert.Empty(result.Errors);
        var condition = Assert.IsType<WorkingYearsCondition>(result.Scheme!.Eligibility.Conditions["years"]);
        Assert.Equal(new Threshold((decimal)value, comparison), condition.Years);
    }

    [Fact]
    public void Parse_ReadsSharesAsFractions()
    {
        var result = SchemeFileParser.Parse(Header + """
              years: {kind: working-years, years: 满5年}
          routes:
            - {id: s, name: 常规, kind: standard, requires: [years]}
        committee: {minSize: 7, maxSize: 15, expertShare: 不少于2/3}
        vote: {threshold: 50%以上, denominator: all-members}
        quotas:
          perOccupation:
            - {basis: share-of-recommended, limit: 15%, strictness: in-principle}
        """, "t.yaml");

        Assert.Empty(result.Errors);
        var scheme = result.Scheme!;
        Assert.Equal(new Threshold(0.5m, Comparison.AtLeast), scheme.Vote!.PassShare);
        Assert.True(scheme.Committee!.ExpertShare!.Value.IsMetBy(10m / 15m));
        Assert.False(scheme.Committee.ExpertShare.Value.IsMetBy(9m / 15m));
        var cap = Assert.Single(scheme.Quotas.Caps);
        Assert.Equal(new Threshold(0.15m, Comparison.AtMost), cap.ShareCap);
        Assert.Equal("每个工种不超过15%", cap.Name);
        Assert.Equal(3, cap.PlacesFor(listSize: 20, groupApplicants: 0));
    }

    [Fact]
    public void Parse_AcceptsJson()
    {
        const string json = """
            {
              "id": "json-scheme", "title": "JSON 方案", "year": 2026, "targetLevel": "高级技师",
              "referenceDate": {"kind": "fixed", "date": "2020-05-31"},
              "eligibility": {
                "conditions": {"edu": {"kind": "education-at-least", "minimum": "大专"}},
                "routes": [{"id": "s", "name": "常规", "kind": "standard", "requires": ["edu"]}]
              }
            }
            """;

        var result = SchemeFileParser.Parse(json, "s.json");

        Assert.Empty(result.Errors);
        Assert.Equal(SkillLevel.SeniorTechnician, result.Scheme!.TargetLevel);
        Assert.Equal(new DateOnly(2020, 5, 31), result.Scheme.ReferenceDate.Resolve(new DateOnly(2020, 6, 13)));
    }

    [Fact]
    public void Parse_AcceptsJsonIndentedWithTabs()
    {
        const string json = "{\n\t\"id\": \"j\",\n\t\"title\": \"制表符\",\n\t\"year\": 2026,\n\t\"targetLevel\": \"技师\",\n\t\"eligibility\": {\n\t\t\"conditions\": {\"s\": {\"kind\": \"still-in-occupation\"}},\n\t\t\"routes\": [{\"id\": \"r\", \"name\": \"常规\", \"kind\": \"standard\", \"requires\": [\"s\"]}]\n\t}\n}\n";

        var result = SchemeFileParser.Parse(json, "tabs.json");

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Parse_ReadsUnitQuotaTiers_AndRejectsOverlaps()
    {
        const string quotas = """
        quotas:
          unitTiers:
            level: 技师
            tiers:
              - {minHolders: 20, places: 3}
              - {minHolders: 10, maxHolders: 19, places: 2}
              - {minHolders: 5, maxHolders: 10, places: 1}
        """;
        var result = SchemeFileParser.Parse(Header + """
              years: {kind: working-years, years: 满5年}
          routes:
            - {id: s, name: 常规, kind: standard, requires: [years]}

        """ + quotas, "t.yaml");

        Assert.Contains(result.Errors, e => e.Code == SchemeErrorCodes.Inconsistent);
        var fixedResult = SchemeFileParser.Parse(Header + """
              years: {kind: working-years, years: 满5年}
          routes:
            - {id: s, name: 常规, kind: standard, requires: [years]}

        """ + quotas.Replace("maxHolders: 10, places: 1", "maxHolders: 9, places: 1"), "t.yaml");
        Assert.Empty(fixedResult.Errors);
        var table = fixedResult.Scheme!.Quotas.UnitTiers!;
        Assert.Equal(2, table.PlacesFor(19, hadPlaceLastYear: false));
        Assert.Equal(3, table.PlacesFor(20, hadPlaceLastYear: false));
        Assert.Equal(0, table.PlacesFor(4, hadPlaceLastYear: false));
    }
}
