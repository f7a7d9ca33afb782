using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Schemes;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>Reads <c>quotas</c> into the review domain's caps and per-unit tier table (南通).</summary>
internal sealed class QuotaSectionParser(SchemeReader r)
{
    public QuotaRules Parse(YamlNode? node)
    {
        var map = r.Map(node, "quotas");
        if (map is null) return QuotaRules.None;
        // `perOccupation` is the first spelling of `caps` (scope defaults to occupation either way).
        var caps = r.Sequence(map["caps"], "caps").Concat(r.Sequence(map["perOccupation"], "perOccupation"))
            .Select(Cap).OfType<QuotaCap>().ToList();

        SkillLevel? tierLevel = null;
        UnitTierTable? table = null;
        if (r.Map(map["unitTiers"], "unitTiers") is { } tierMap)
        {
            tierLevel = r.Level(tierMap.Required("level", "unitTiers"), "level");
            var tiers = r.Sequence(tierMap.Required("tiers", "unitTiers"), "tiers").Select(Tier).ToList();
            tierMap.ReportUnknownKeys("unitTiers");
            if (tiers.Count > 0 && tiers.All(t => t is not null)) table = Table(tiers!, map["unitTiers"]!);
        }

        var rules = new QuotaRules
        {
            Caps = caps, UnitTierLevel = tierLevel, UnitTiers = table,
            FailedApplicantsUseNoQuota = r.Bool(map["failedApplicantsUseNoQuota"], "failedApplicantsUseNoQuota") ?? false,
            Source = r.Scalar(map["source"], "source"),
        };
        map.ReportUnknownKeys("quotas");
        return rules;
    }

    private QuotaCap? Cap(YamlNode item)
    {
        var q = r.Map(item, "名额上限");
        if (q is null) return null;
        var basis = r.Word<QuotaBase>(q.Required("basis", "名额上限"), "basis", TryBasis, "share-of-recommended、share-of-applicants、absolute");
        var limitNode = q.Required("limit", "名额上限");
        var limit = ThresholdParser.Read(r, limitNode, "limit", Comparison.AtMost);
        var scope = r.Word<QuotaScope>(q["scope"], "scope", TryScope, "occupation、unit、region、unit-occupation") ?? QuotaScope.Occupation;
        var strictness = r.Word<CapStrictness>(q["strictness"], "strictness", TryStrictness, "hard、in-principle") ?? CapStrictness.Hard;
        var group = r.Scalar(q["group"], "group") ?? r.Scalar(q["occupation"], "occupation");
        var name = r.Scalar(q["name"], "name");
        r.Scalar(q["source"], "source");
        q.ReportUnknownKeys("名额上限");
        if (basis is not { } b || limit is not { } l) return null;
        if (l.Comparison is not (Comparison.AtMost or Comparison.LessThan))
        {
            r.Error(limitNode!, SchemeErrorCodes.Inconsistent, "名额上限须为上限（不超过、以下或不满），不能是“以上/超过”");
            return null;
        }
        name ??= DefaultName(scope, b, l);
        if (b != QuotaBase.Absolute)
        {
            return b == QuotaBase.ShareOfList
                ? QuotaCap.ShareOfList(name, scope, l, strictness, group)
                : QuotaCap.ShareOfApplicants(name, scope, l, strictness, group);
        }
        if (l.Value != decimal.Truncate(l.Value) || l.Value < 0)
        {
            r.Error(limitNode!, SchemeErrorCodes.Inconsistent, $"按人数的名额上限应为非负整数，实际为{l.Value}");
            return null;
        }
        var places = (int)l.Value - (l.Comparison == Comparison.LessThan ? 1 : 0);
        return QuotaCap.Absolute(name, scope, Math.Max(places, 0), strictness, group);
    }

    /// <summary>每个工种不超过15%, 每个单位不超过3人 …</summary>
    private static string DefaultName(QuotaScope scope, QuotaBase basis, Threshold limit)
    {
        var group = scope switch
        {
            QuotaScope.Occupation => "每个工种", QuotaScope.Unit => "每个单位", QuotaScope.Region => "每个地区", _ => "每个单位每个工种",
        };
        var word = limit.Comparison == Comparison.AtMost ? "不超过" : "不满";
        var amount = basis == QuotaBase.Absolute ? $"{limit.Value:0}人" : $"{limit.Value * 100m:0.##}%";
        return group + word + amount;
    }

    private UnitQuotaTier? Tier(YamlNode item)
    {
        var t = r.Map(item, "指标档次");
        if (t is null) return null;
        var min = r.Int(t.Required("minHolders", "指标档次"), "minHolders");
        var max = r.Int(t["maxHolders"], "maxHolders");
        var places = r.Int(t.Required("places", "指标档次"), "places");
        var alternate = r.Bool(t["notInConsecutiveYears"], "notInConsecutiveYears") ?? false;
        t.ReportUnknownKeys("指标档次");
        if (min is { } lo && max is { } hi && lo > hi)
        {
            r.Error(item, SchemeErrorCodes.Inconsistent, $"指标档次下限({lo})大于上限({hi})");
            return null;
        }
        return min is { } mn && places is { } p ? new UnitQuotaTier(mn, max, p, alternate) : null;
    }

    private UnitTierTable? Table(List<UnitQuotaTier> tiers, YamlNode at)
    {
        var sorted = tiers.OrderBy(t => t.MinTechnicians).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].MaxTechnicians is not { } prevMax || prevMax >= sorted[i].MinTechnicians)
            {
                r.Error(at, SchemeErrorCodes.Inconsistent, $"指标档次重叠：从{sorted[i - 1].MinTechnicians}人起的档次与从{sorted[i].MinTechnicians}人起的档次");
                return null;
            }
        }
        return new UnitTierTable(sorted);
    }

    private static bool TryBasis(string t, out QuotaBase v) => SectionParser.Pick(t, out v,
        ("share-of-recommended", QuotaBase.ShareOfList), ("share-of-list", QuotaBase.ShareOfList),
        ("share-of-applicants", QuotaBase.ShareOfApplicants), ("absolute", QuotaBase.Absolute));

    private static bool TryScope(string t, out QuotaScope v) => SectionParser.Pick(t, out v,
        ("occupation", QuotaScope.Occupation), ("unit", QuotaScope.Unit), ("region", QuotaScope.Region), ("unit-occupation", QuotaScope.UnitOccupation));

    private static bool TryStrictness(string t, out CapStrictness v) => SectionParser.Pick(t, out v,
        ("hard", CapStrictness.Hard), ("in-principle", CapStrictness.InPrinciple), ("原则上", CapStrictness.InPrinciple));
}
