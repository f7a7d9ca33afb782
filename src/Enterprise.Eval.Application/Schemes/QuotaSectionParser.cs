using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Schemes;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>Reads <c>quotas</c>: per-occupation caps and per-unit tiers (南通).</summary>
internal sealed class QuotaSectionParser(SchemeReader r)
{
    public QuotaRules Parse(YamlNode? node)
    {
        var map = r.Map(node, "quotas");
        if (map is null) return QuotaRules.None;
        var perOccupation = new List<OccupationQuota>();
        foreach (var item in r.Sequence(map["perOccupation"], "perOccupation"))
        {
            var q = r.Map(item, "职业指标");
            if (q is null) continue;
            var basis = r.Word<QuotaBasis>(q.Required("basis", "职业指标"), "basis", TryBasis, "share-of-recommended、share-of-applicants、absolute");
            var limit = ThresholdParser.Read(r, q.Required("limit", "职业指标"), "limit", Comparison.AtMost);
            var strictness = r.Word<QuotaStrictness>(q["strictness"], "strictness", TryStrictness, "hard、in-principle");
            if (basis is { } b && limit is { } l)
            {
                perOccupation.Add(new OccupationQuota
                {
                    OccupationCode = r.Scalar(q["occupation"], "occupation"), Basis = b, Limit = l,
                    Strictness = strictness ?? QuotaStrictness.Hard, Source = r.Scalar(q["source"], "source"),
                });
            }
            q.ReportUnknownKeys("职业指标");
        }

        SkillLevel? tierLevel = null;
        var tiers = new List<QuotaTier>();
        if (r.Map(map["unitTiers"], "unitTiers") is { } tierMap)
        {
            tierLevel = r.Level(tierMap.Required("level", "unitTiers"), "level");
            foreach (var item in r.Sequence(tierMap.Required("tiers", "unitTiers"), "tiers"))
            {
                var t = r.Map(item, "指标档次");
                if (t is null) continue;
                var min = r.Int(t.Required("minHolders", "指标档次"), "minHolders");
                var max = r.Int(t["maxHolders"], "maxHolders");
                var places = r.Int(t.Required("places", "指标档次"), "places");
                var alternate = r.Bool(t["notInConsecutiveYears"], "notInConsecutiveYears") ?? false;
                t.ReportUnknownKeys("指标档次");
                if (min is { } lo && max is { } hi && lo > hi)
                    r.Error(item, SchemeErrorCodes.Inconsistent, $"指标档次下限({lo})大于上限({hi})");
                else if (min is { } mn && places is { } p)
                    tiers.Add(new QuotaTier(mn, max, p, alternate));
            }
            tierMap.ReportUnknownKeys("unitTiers");
            CheckOverlap(tiers, map["unitTiers"]!);
        }

        var rules = new QuotaRules
        {
            PerOccupation = perOccupation, UnitTierLevel = tierLevel, UnitTiers = tiers,
            FailedApplicantsUseNoQuota = r.Bool(map["failedApplicantsUseNoQuota"], "failedApplicantsUseNoQuota") ?? false,
            Source = r.Scalar(map["source"], "source"),
        };
        map.ReportUnknownKeys("quotas");
        return rules;
    }

    private void CheckOverlap(List<QuotaTier> tiers, YamlNode at)
    {
        var sorted = tiers.OrderBy(t => t.MinHolders).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].MaxHolders is not { } prevMax || prevMax >= sorted[i].MinHolders)
                r.Error(at, SchemeErrorCodes.Inconsistent, $"指标档次重叠：从{sorted[i - 1].MinHolders}人起的档次与从{sorted[i].MinHolders}人起的档次");
        }
    }

    private static bool TryBasis(string t, out QuotaBasis v) => SectionParser.Pick(t, out v,
        ("share-of-recommended", QuotaBasis.ShareOfRecommended), ("share-of-applicants", QuotaBasis.ShareOfApplicants), ("absolute", QuotaBasis.Absolute));

    private static bool TryStrictness(string t, out QuotaStrictness v) => SectionParser.Pick(t, out v,
        ("hard", QuotaStrictness.Hard), ("in-principle", QuotaStrictness.InPrinciple), ("原则上", QuotaStrictness.InPrinciple));
}
