using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.People;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// Reads one condition node: a mapping with <c>kind</c> and the kind's parameters, or a plain name that refers to
/// another named condition. Records every reference so the caller can check undefined names and cycles.
/// </summary>
internal sealed class ConditionParser(SchemeReader r)
{
    public static readonly string[] KindNames =
    [
        LevelHeldForCondition.KindName, LevelHeldCondition.KindName, TitleAtLeastCondition.KindName,
        EducationAtLeastCondition.KindName, WorkingYearsCondition.KindName, AgeByGenderCondition.KindName,
        AppraisalsCondition.KindName, ContinuingEducationCondition.KindName, CountOfRecordsCondition.KindName,
        EconomicBenefitCondition.KindName, AttestedCondition.KindName, NoActiveBanCondition.KindName,
        StillInOccupationCondition.KindName, OccupationMatchCondition.KindName, AllCondition.KindName,
        AnyCondition.KindName, AtLeastKCondition.KindName, NotCondition.KindName, ReferenceCondition.KindName,
    ];

    /// <summary>(the condition holding the reference, the name referred to, where).</summary>
    public List<(string From, string Target, YamlNode At)> References { get; } = [];

    public Condition? Parse(YamlNode node, string code, string owner)
    {
        if (node is YamlScalarNode && r.Scalar(node, code) is { Length: > 0 } name)
        {
            References.Add((owner, name, node));
            return new ReferenceCondition { Code = code, Target = name };
        }
        var map = r.Map(node, $"条件“{code}”");
        if (map is null) return null;

        var kindNode = map.Required("kind", $"条件“{code}”");
        var kind = r.Scalar(kindNode, "kind");
        var label = r.Scalar(map["label"], "label");
        var source = r.Scalar(map["source"], "source");
        if (kind is null) { map.ReportUnknownKeys($"条件“{code}”", AllParameterKeys); return null; }

        Condition? condition = kind switch
        {
            LevelHeldForCondition.KindName => LevelHeldFor(map, code),
            LevelHeldCondition.KindName => Complete(map, code, r.Level(map.Required("level", Where(code)), "level"),
                level => new LevelHeldCondition { Code = code, Level = level, ObtainedOnOrBefore = r.Date(map["obtainedOnOrBefore"], "obtainedOnOrBefore") }),
            TitleAtLeastCondition.KindName =>
                r.Normalised(map.Required("rank", Where(code)), "rank", TitleRanks.TryNormalise, TitleRanks.Ordered) is { } rank
                    ? new TitleAtLeastCondition { Code = code, Rank = rank, Fields = r.StringList(map["fields"], "fields") }
                    : null,
            EducationAtLeastCondition.KindName =>
                r.Normalised(map.Required("minimum", Where(code)), "minimum", EducationLevels.TryNormalise, EducationLevels.Ordered) is { } min
                    ? new EducationAtLeastCondition { Code = code, Minimum = min }
                    : null,
            WorkingYearsCondition.KindName => Complete(map, code, Years(map, "years", code),
                years => new WorkingYearsCondition { Code = code, Years = years }),
            AgeByGenderCondition.KindName => AgeByGender(map, code),
            AppraisalsCondition.KindName => Appraisals(map, code),
            ContinuingEducationCondition.KindName => ContinuingEducation(map, code),
            CountOfRecordsCondition.KindName => CountOf(map, code),
            EconomicBenefitCondition.KindName => Complete(map, code, Threshold(map, "amountPerYear", code),
                t => new EconomicBenefitCondition { Code = code, AmountPerYear = t, WithinYears = r.Int(map["withinYears"], "withinYears") }),
            AttestedCondition.KindName => Attested(map, code, label),
            NoActiveBanCondition.KindName => new NoActiveBanCondition { Code = code },
            StillInOccupationCondition.KindName => new StillInOccupationCondition { Code = code },
            OccupationMatchCondition.KindName => new OccupationMatchCondition { Code = code, MustBeListed = r.Bool(map["mustBeListed"], "mustBeListed") ?? true },
            AllCondition.KindName => Children(map, code, owner) is { } all ? new AllCondition { Code = code, Children = all } : null,
            AnyCondition.KindName => Children(map, code, owner) is { } any ? new AnyCondition { Code = code, Children = any } : null,
            AtLeastKCondition.KindName => AtLeastK(map, code, owner),
            NotCondition.KindName => Not(map, code, owner),
            ReferenceCondition.KindName => Reference(map, code, owner),
            _ => Unknown(kindNode!, kind),
        };
        map.ReportUnknownKeys($"条件“{code}”", KindNames.Contains(kind) ? [] : AllParameterKeys);
        return condition is null ? null : condition with { Label = label, Source = source };
    }

    private static readonly string[] AllParameterKeys =
    [
        "level", "years", "from", "obtainedOnOrBefore", "rank", "fields", "minimum", "male", "female", "lastYears", "minGrade",
        "count", "includeReferenceYear", "filter", "description", "amountPerYear", "withinYears", "item", "name", "mustBeListed",
        "of", "k", "target",
    ];

    private static string Where(string code) => $"条件“{code}”";

    private Condition? Unknown(YamlNode kindNode, string kind)
    {
        r.Error(kindNode, SchemeErrorCodes.UnknownConditionKind, $"条件类型“{kind}”无法识别，可用类型：{string.Join("、", KindNames)}");
        return null;
    }

    private static Condition? Complete<T>(YamlMap map, string code, T? value, Func<T, Condition> build) where T : struct =>
        value is { } v ? build(v) : null;

    private Threshold? Threshold(YamlMap map, string key, string code, Comparison fallback = Comparison.AtLeast) =>
        ThresholdParser.Read(r, map.Required(key, Where(code)), key, fallback);

    // Years and ages count by calendar; a value outside a working life is a typo (e.g. 50 for 5, or a year number).
    private Threshold? Years(YamlMap map, string key, string code)
    {
        var threshold = Threshold(map, key, code);
        if (threshold is { Value: < 0 or > 100 } t)
        {
            r.Error(map[key]!, SchemeErrorCodes.Inconsistent, $"{Where(code)}的“{key}”为{t.Value}年，应在0到100之间");
            return null;
        }
        return threshold;
    }

    private Condition? LevelHeldFor(YamlMap map, string code)
    {
        var level = r.Level(map.Required("level", Where(code)), "level");
        var years = Years(map, "years", code);
        var from = r.Scalar(map["from"], "from") ?? "post";
        if (from is not ("post" or "certificate"))
            r.Error(map["from"]!, SchemeErrorCodes.UnknownValue, $"“from”的取值“{from}”无法识别，应为：post（现岗位起算）或 certificate（取证起算）");
        return level is { } l && years is { } y
            ? new LevelHeldForCondition { Code = code, Level = l, Years = y, FromCertificate = from == "certificate" }
            : null;
    }

    private Condition? AgeByGender(YamlMap map, string code)
    {
        var male = Years(map, "male", code);
        var female = Years(map, "female", code);
        return male is { } m && female is { } f ? new AgeByGenderCondition { Code = code, Male = m, Female = f } : null;
    }

    private Condition? Appraisals(YamlMap map, string code)
    {
        var lastYears = r.Int(map.Required("lastYears", Where(code)), "lastYears");
        var grade = r.Word<AppraisalGrade>(map.Required("minGrade", Where(code)), "minGrade", FactVocabulary.TryParse, FactVocabulary.Names<AppraisalGrade>());
        var count = ThresholdParser.Read(r, map["count"], "count", Comparison.AtLeast);
        var include = r.Bool(map["includeReferenceYear"], "includeReferenceYear") ?? false;
        if (lastYears is <= 0)
        {
            r.Error(map["lastYears"]!, SchemeErrorCodes.Inconsistent, "“lastYears”应为正整数");
            return null;
        }
        return lastYears is { } n && grade is { } g
            ? new AppraisalsCondition { Code = code, LastYears = n, MinGrade = g, Count = count, IncludeReferenceYear = include }
            : null;
    }

    private Condition? ContinuingEducation(YamlMap map, string code)
    {
        var years = r.Sequence(map["years"], "years").Select(n => r.Int(n, "years")).OfType<int>().ToList();
        var last = r.Int(map["lastYears"], "lastYears");
        if (years.Count == 0 && last is null)
        {
            r.Error(map.Node, SchemeErrorCodes.MissingKey, $"{Where(code)}须给出“years”（年份列表）或“lastYears”");
            return null;
        }
        return new ContinuingEducationCondition { Code = code, Years = years, LastYears = last };
    }

    private Condition? CountOf(YamlMap map, string code)
    {
        var filter = new RecordFilterParser(r).Parse(map.Required("filter", Where(code)), code);
        var count = ThresholdParser.Read(r, map["count"], "count", Comparison.AtLeast) ?? new Threshold(1, Comparison.AtLeast);
        var description = r.Scalar(map["description"], "description");
        return filter is null ? null : new CountOfRecordsCondition { Code = code, Filter = filter, Count = count, Description = description };
    }

    private Condition? Attested(YamlMap map, string code, string? label)
    {
        var item = r.Scalar(map["item"], "item") ?? code;
        var name = r.Scalar(map["name"], "name") ?? label;
        if (name is null)
        {
            r.Error(map.Node, SchemeErrorCodes.MissingKey, $"{Where(code)}缺少必填项“name”（确认事项的中文名称）");
            return null;
        }
        return new AttestedCondition { Code = code, Item = item, ItemName = name };
    }

    private IReadOnlyList<Condition>? Children(YamlMap map, string code, string owner)
    {
        var nodes = r.Sequence(map.Required("of", Where(code)), "of");
        if (nodes.Count == 0) return map.Has("of") ? Empty(map, code) : null;
        var children = nodes.Select((n, i) => Parse(n, $"{code}/{i + 1}", owner)).ToList();
        return children.Any(c => c is null) ? null : children.OfType<Condition>().ToList();
    }

    private IReadOnlyList<Condition>? Empty(YamlMap map, string code)
    {
        r.Error(map["of"]!, SchemeErrorCodes.Inconsistent, $"{Where(code)}的“of”不能为空");
        return null;
    }

    private Condition? AtLeastK(YamlMap map, string code, string owner)
    {
        var k = r.Int(map.Required("k", Where(code)), "k");
        var children = Children(map, code, owner);
        if (k is { } kk && children is { } c && (kk < 1 || kk > c.Count))
        {
            r.Error(map["k"]!, SchemeErrorCodes.Inconsistent, $"{Where(code)}的 k={kk} 应在 1 到 {c.Count} 之间");
            return null;
        }
        return k is { } n && children is { } list ? new AtLeastKCondition { Code = code, K = n, Children = list } : null;
    }

    private Condition? Not(YamlMap map, string code, string owner)
    {
        var of = map.Required("of", Where(code));
        var child = of is null ? null : Parse(of, $"{code}/1", owner);
        return child is null ? null : new NotCondition { Code = code, Child = child };
    }

    private Condition? Reference(YamlMap map, string code, string owner)
    {
        var targetNode = map.Required("target", Where(code));
        if (r.Scalar(targetNode, "target") is not { } target) return null;
        References.Add((owner, target, targetNode!));
        return new ReferenceCondition { Code = code, Target = target };
    }
}
