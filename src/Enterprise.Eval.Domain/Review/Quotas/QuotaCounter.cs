namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>Counts places taken per cap and group while the list is built, and says which caps a candidate would break.</summary>
internal sealed class QuotaCounter
{
    private readonly RecommendationPolicy _policy;
    private readonly int _listSize;
    private readonly IReadOnlyList<RankingEntry> _applicants;
    private readonly Dictionary<(int Cap, string Group), int> _used = [];
    private readonly Dictionary<string, int> _unitUsed = [];

    public QuotaCounter(RecommendationPolicy policy, IReadOnlyList<RankingEntry> applicants)
    {
        _policy = policy;
        _applicants = applicants;
        _listSize = policy.TargetListSize ?? applicants.Count(a => a.PassedReview);
    }

    public List<(QuotaNote Note, bool Hard)> Breaches(RankingEntry entry)
    {
        var breaches = new List<(QuotaNote, bool)>();
        for (var i = 0; i < _policy.Caps.Count; i++)
        {
            var cap = _policy.Caps[i];
            var group = GroupOf(entry, cap.Scope);
            if (cap.GroupKey is not null && cap.GroupKey != group) continue;
            var applicants = _applicants.Count(a => GroupOf(a, cap.Scope) == group);
            var limit = cap.PlacesFor(_listSize, applicants);
            if (_used.GetValueOrDefault((i, group)) + 1 <= limit) continue;
            var hard = cap.Strictness == CapStrictness.Hard;
            breaches.Add((hard
                ? new QuotaNote("EVAL-QUOTA-012", $"“{group}”已达“{cap.Name}”上限{limit}人")
                : new QuotaNote("EVAL-QUOTA-013", $"“{group}”超出“{cap.Name}”（上限{limit}人），原则上不应列入，请核实"), hard));
        }
        if (UnitBreach(entry) is { } unitNote) breaches.Add((unitNote, true));
        return breaches;
    }

    public void Take(RankingEntry entry)
    {
        for (var i = 0; i < _policy.Caps.Count; i++)
        {
            var group = GroupOf(entry, _policy.Caps[i].Scope);
            _used[(i, group)] = _used.GetValueOrDefault((i, group)) + 1;
        }
        if (_policy.UnitTiers is not null && entry.UsesUnitQuota)
        {
            var key = GroupOf(entry, QuotaScope.UnitOccupation);
            _unitUsed[key] = _unitUsed.GetValueOrDefault(key) + 1;
        }
    }

    private QuotaNote? UnitBreach(RankingEntry entry)
    {
        if (_policy.UnitTiers is not { } tiers || !entry.UsesUnitQuota) return null;
        var c = entry.Candidate;
        var roster = _policy.UnitRoster?.FirstOrDefault(r => r.Unit == c.Unit && r.Occupation == c.Occupation);
        if (roster is null)
            return new QuotaNote("EVAL-QUOTA-014", $"缺少“{c.Unit}”“{c.Occupation}”工种现有技师人数，无法确定申报指标");
        var limit = tiers.PlacesFor(roster.TechnicianCount, roster.HadPlaceLastYear);
        if (_unitUsed.GetValueOrDefault(GroupOf(entry, QuotaScope.UnitOccupation)) + 1 <= limit) return null;
        return limit == 0 && roster.HadPlaceLastYear
            ? new QuotaNote("EVAL-QUOTA-015",
                $"“{c.Unit}”“{c.Occupation}”工种现有技师{roster.TechnicianCount}人，上年度已有申报名额，本年度不能连续申报")
            : new QuotaNote("EVAL-QUOTA-016",
                $"“{c.Unit}”“{c.Occupation}”工种现有技师{roster.TechnicianCount}人，申报指标{limit}人已用完");
    }

    public static string GroupOf(RankingEntry entry, QuotaScope scope) => scope switch
    {
        QuotaScope.Occupation => entry.Candidate.Occupation,
        QuotaScope.Unit => entry.Candidate.Unit,
        QuotaScope.Region => entry.Candidate.Region ?? "",
        QuotaScope.UnitOccupation => $"{entry.Candidate.Unit}/{entry.Candidate.Occupation}",
        _ => "",
    };
}
