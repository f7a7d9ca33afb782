using Enterprise.Eval.Domain.Schemes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// Turns a scheme file (YAML, or JSON — YAML reads it too) into a validated <see cref="Scheme"/>, or into the full
/// list of errors with line and column. The format is described in docs/scheme-format.md and scheme.schema.json.
/// </summary>
public static class SchemeFileParser
{
    private static readonly string[] TopKeys =
    [
        "id", "title", "region", "year", "targetLevel", "occupations", "referenceDate", "eligibility", "reviewStages", "review",
        "committee", "vote", "quotas", "timetable", "materials", "misconductBanYears", "misconductCreditRecordYears", "objections", "assessmentRequired",
        "certificate", "assessmentDeadline",
        "source", "description", "$schema",
    ];

    /// <summary>Every condition kind the format knows (docs/scheme-format.md, scheme.schema.json).</summary>
    public static IReadOnlyList<string> ConditionKinds => ConditionParser.KindNames;

    /// <summary>The first tab in a line's leading whitespace (1-based line and column), or null.</summary>
    private static (int Line, int Column)? TabIndentation(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }

    public static SchemeParseResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new SchemeReader(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e) when (TabIndentation(text) is { } tab)
        {
            // YamlDotNet reports a tab in the indentation at 1:1 or where it gave up, not where the tab is.
            reader.Error(tab.Line, tab.Column, SchemeErrorCodes.Syntax, $"YAML 格式错误：第{tab.Line}行的缩进含制表符（Tab），YAML 只能用空格缩进。请把该行开头的 Tab 换成空格（系统信息：{e.InnerException?.Message ?? e.Message}）");
            return new SchemeParseResult(null, reader.Errors);
        }
        catch (YamlException e)
        {
            reader.Error((int)e.Start.Line, (int)e.Start.Column, SchemeErrorCodes.Syntax, $"YAML/JSON 格式错误：{e.InnerException?.Message ?? e.Message}");
            return new SchemeParseResult(null, reader.Errors);
        }
        // YamlDotNet 16 throws a bare InvalidOperationException, without a position, on some unclosed flow
        // collections; only its own are syntax errors here, one of ours would still surface as a failure.
        catch (InvalidOperationException e) when (e.TargetSite?.DeclaringType?.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true)
        {
            if (TabIndentation(text) is { } tab)
            {
                reader.Error(tab.Line, tab.Column, SchemeErrorCodes.Syntax, $"YAML 格式错误：第{tab.Line}行的缩进含制表符（Tab），YAML 只能用空格缩进。请把该行开头的 Tab 换成空格");
                return new SchemeParseResult(null, reader.Errors);
            }
            reader.Error(1, 1, SchemeErrorCodes.Syntax, "YAML/JSON 格式错误：结构不完整，无法解析（请检查未闭合的 { } 或 [ ] 以及缩进）");
            return new SchemeParseResult(null, reader.Errors);
        }
        if (stream.Documents.Count == 0 || SchemeReader.IsNull(stream.Documents[0].RootNode))
        {
            reader.Error(1, 1, SchemeErrorCodes.EmptyFile, "方案文件为空");
            return new SchemeParseResult(null, reader.Errors);
        }

        var scheme = ReadScheme(reader, stream.Documents[0].RootNode);
        return reader.Errors.Count == 0 && scheme is not null
            ? new SchemeParseResult(scheme, []) { Readings = reader.Readings }
            : new SchemeParseResult(null, reader.Errors);
    }

    private static Scheme? ReadScheme(SchemeReader r, YamlNode root)
    {
        var map = r.Map(root, "方案");
        if (map is null) return null;
        var id = r.Scalar(map.Required("id", "方案"), "id");
        var title = r.Scalar(map.Required("title", "方案"), "title");
        var region = r.Scalar(map["region"], "region");
        var year = r.Int(map.Required("year", "方案"), "year");
        if (year is < 2000 or > 2100)
            r.Error(map["year"]!, SchemeErrorCodes.BadNumber, $"年度{year}不合理，应为四位年份");
        var target = r.Level(map.Required("targetLevel", "方案"), "targetLevel");
        var occupations = Occupations(r, map["occupations"]);
        var referenceDate = ReferenceDate(r, map["referenceDate"]);
        var eligibility = map.Required("eligibility", "方案") is { } e ? new EligibilityParser(r).Parse(e) : null;

        var sections = new SectionParser(r);
        var stages = sections.ReviewStages(map["reviewStages"]);
        var review = sections.Review(map["review"], stages);
        var committee = sections.Committee(map["committee"]);
        var vote = sections.Vote(map["vote"]);
        var quotas = sections.Quotas(map["quotas"]);
        var (timetable, window) = sections.Timetable(map["timetable"]);
        var materials = sections.Materials(map["materials"]);
        var objections = sections.Objections(map["objections"]);
        var certificate = sections.Certificate(map["certificate"]);
        var banYears = r.Int(map["misconductBanYears"], "misconductBanYears");
        if (banYears is <= 0)
            r.Error(map["misconductBanYears"]!, SchemeErrorCodes.Inconsistent, "“misconductBanYears”应为正整数");
        var creditYears = r.Int(map["misconductCreditRecordYears"], "misconductCreditRecordYears");
        if (creditYears is <= 0)
            r.Error(map["misconductCreditRecordYears"]!, SchemeErrorCodes.Inconsistent, "“misconductCreditRecordYears”应为正整数");
        if (banYears is not null && creditYears is not null)
            r.Error(map["misconductCreditRecordYears"]!, SchemeErrorCodes.Inconsistent,
                "“misconductBanYears”（禁止申报）与“misconductCreditRecordYears”（记入诚信记录）只能写一项：请按方案依据的文件选择");
        var assessment = r.Bool(map["assessmentRequired"], "assessmentRequired") ?? false;
        var deadline = r.Date(map["assessmentDeadline"], "assessmentDeadline");
        if (deadline is not null && !assessment)
            r.Error(map["assessmentDeadline"]!, SchemeErrorCodes.Inconsistent, "“assessmentDeadline”（方案评估期限）只用于须报审的方案：请同时写 assessmentRequired: true，或删去该项");
        map.ReportUnknownKeys("方案", TopKeys);

        if (id is null || title is null || year is null || target is null || eligibility is null) return null;
        return new Scheme
        {
            Id = id, Title = title, Region = region, Year = year.Value, TargetLevel = target.Value,
            Occupations = occupations, ReferenceDate = referenceDate, Eligibility = eligibility,
            ReviewStages = stages, Review = review, Committee = committee, Vote = vote, Quotas = quotas, Timetable = timetable, Window = window,
            Materials = materials, MisconductBanYears = banYears, MisconductCreditRecordYears = creditYears, Objections = objections, AssessmentRequired = assessment,
            Certificate = certificate,
            AssessmentDeadline = deadline,
        };
    }

    private static IReadOnlyList<SchemeOccupation> Occupations(SchemeReader r, YamlNode? node)
    {
        var list = new List<SchemeOccupation>();
        foreach (var item in r.Sequence(node, "occupations"))
        {
            var map = r.Map(item, "职业");
            if (map is null) continue;
            var code = r.Scalar(map.Required("code", "职业"), "code");
            var name = r.Scalar(map.Required("name", "职业"), "name");
            var workTypes = r.StringList(map["workTypes"], "workTypes");
            map.ReportUnknownKeys("职业");
            if (code is not null && !OccupationCodeShape(code))
                r.Error(map["code"]!, SchemeErrorCodes.UnknownValue, $"职业编码“{code}”格式不对，应如 6-18-01-01");
            else if (code is not null && name is not null)
                list.Add(new SchemeOccupation(code, name, workTypes));
        }
        return list;
    }

    private static bool OccupationCodeShape(string code)
    {
        var parts = code.Split('-');
        return parts.Length is >= 2 and <= 4 && parts.All(p => p.Length is 1 or 2 && p.All(char.IsAsciiDigit));
    }

    private static ReferenceDateRule ReferenceDate(SchemeReader r, YamlNode? node)
    {
        var map = r.Map(node, "referenceDate");
        if (map is null) return ReferenceDateRule.WindowClose;
        var kind = r.Word<ReferenceDateKind>(map.Required("kind", "referenceDate"), "kind",
            (string t, out ReferenceDateKind v) => SectionParser.Pick(t, out v, ("window-close", ReferenceDateKind.WindowClose), ("fixed", ReferenceDateKind.Fixed)),
            "window-close、fixed");
        var date = r.Date(map["date"], "date");
        map.ReportUnknownKeys("referenceDate", "source");
        if (kind == ReferenceDateKind.Fixed && date is null)
        {
            if (!map.Has("date")) r.Error(map.Node, SchemeErrorCodes.MissingKey, "referenceDate 为 fixed 时须给出“date”");
            return ReferenceDateRule.WindowClose;
        }
        return kind == ReferenceDateKind.Fixed ? ReferenceDateRule.Fixed(date!.Value) : ReferenceDateRule.WindowClose;
    }
}
