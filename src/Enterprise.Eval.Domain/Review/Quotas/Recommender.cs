namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>
/// Builds the recommended list in one pass down the merit order. Hard caps send a candidate to the waiting list;
/// in-principle (原则上) caps keep the candidate and attach a warning. HR overrides apply only with a reason: an
/// included candidate is placed first, whatever the caps (breaches become warnings), and takes one of the target
/// places; an excluded candidate is left out. Rejected overrides are returned, never silently dropped.
/// </summary>
public static class Recommender
{
    public static RecommendationResult Recommend(RecommendationPolicy policy, IReadOnlyList<RankingEntry> applicants,
        IEnumerable<QuotaOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(applicants);
        var (accepted, rejected) = Validate(overrides ?? [], applicants);
        var ranked = MeritOrder.Rank(applicants.Where(a => a.PassedReview), policy.TieBreaks);
        var counter = new QuotaCounter(policy, applicants);
        var capacity = policy.TargetListSize ?? int.MaxValue;
        var placed = new List<(RankedEntry Ranked, List<QuotaNote> Notes, QuotaOverride? Override)>();
        var waiting = new List<(RankedEntry Ranked, List<QuotaNote> Notes)>();
        var excluded = new List<RecommendationLine>();

        foreach (var r in ranked.Where(r => Kind(accepted, r) == OverrideKind.Include))
        {
            var ov = accepted[r.Entry.Candidate.Id];
            var notes = counter.Breaches(r.Entry).Select(b => b.Note).Prepend(
                new QuotaNote("EVAL-QUOTA-020", $"经{ov.DecidedBy}调整列入推荐名单，理由：{ov.Reason}")).ToList();
            counter.Take(r.Entry);
            placed.Add((r, notes, ov));
        }

        foreach (var r in ranked.Where(r => Kind(accepted, r) is null))
        {
            if (placed.Count >= capacity)
            {
                waiting.Add((r, [new QuotaNote("EVAL-QUOTA-011", $"推荐名单{capacity}个名额已满")]));
                continue;
            }
            var breaches = counter.Breaches(r.Entry);
            if (breaches.Any(b => b.Hard))
            {
                waiting.Add((r, breaches.Where(b => b.Hard).Select(b => b.Note).ToList()));
                continue;
            }
            counter.Take(r.Entry);
            placed.Add((r, breaches.Select(b => b.Note).ToList(), null));
        }

        foreach (var r in ranked.Where(r => Kind(accepted, r) == OverrideKind.Exclude))
        {
            var ov = accepted[r.Entry.Candidate.Id];
            excluded.Add(new RecommendationLine(r.Rank, excluded.Count + 1, r.Entry,
                [new QuotaNote("EVAL-QUOTA-021", $"经{ov.DecidedBy}调整不予推荐，理由：{ov.Reason}")], ov));
        }

        var recommended = placed.OrderBy(p => p.Ranked.Rank).ThenBy(p => IndexIn(ranked, p.Ranked))
            .Select((p, i) => new RecommendationLine(p.Ranked.Rank, i + 1, p.Ranked.Entry, p.Notes, p.Override)).ToList();
        var keep = policy.WaitingListSize ?? waiting.Count;
        var waitingLines = waiting.Take(keep)
            .Select((w, i) => new RecommendationLine(w.Ranked.Rank, i + 1, w.Ranked.Entry, w.Notes, null)).ToList();
        var notRecommended = waiting.Skip(keep)
            .Select((w, i) => new RecommendationLine(w.Ranked.Rank, i + 1, w.Ranked.Entry, w.Notes, null)).ToList();
        return new RecommendationResult(recommended, waitingLines, notRecommended, excluded, rejected, Warnings(ranked, recommended));
    }

    private static int IndexIn(IReadOnlyList<RankedEntry> ranked, RankedEntry entry)
    {
        for (var i = 0; i < ranked.Count; i++)
            if (ReferenceEquals(ranked[i], entry)) return i;
        return -1;
    }

    private static OverrideKind? Kind(Dictionary<Guid, QuotaOverride> accepted, RankedEntry r) =>
        accepted.TryGetValue(r.Entry.Candidate.Id, out var o) ? o.Kind : null;

    private static (Dictionary<Guid, QuotaOverride>, List<RejectedOverride>) Validate(
        IEnumerable<QuotaOverride> overrides, IReadOnlyList<RankingEntry> applicants)
    {
        var accepted = new Dictionary<Guid, QuotaOverride>();
        var rejected = new List<RejectedOverride>();
        foreach (var o in overrides)
        {
            var entry = applicants.FirstOrDefault(a => a.Candidate.Id == o.CandidateId);
            var refusal =
                string.IsNullOrWhiteSpace(o.Reason) ? ReviewOutcome.Refused("EVAL-QUOTA-001", "人事部门调整推荐名单须说明理由")
                : entry is null ? ReviewOutcome.Refused("EVAL-QUOTA-002", $"编号为{o.CandidateId}的申报人不在本次排序名单中")
                : o.Kind == OverrideKind.Include && !entry.PassedReview ? ReviewOutcome.Refused("EVAL-QUOTA-003", $"申报人{entry.Candidate.Name}未通过评审，不能调整列入推荐名单")
                : accepted.ContainsKey(o.CandidateId) ? ReviewOutcome.Refused("EVAL-QUOTA-004", $"申报人{entry.Candidate.Name}已有一项调整，不能重复调整")
                : null;
            if (refusal is null) accepted[o.CandidateId] = o;
            else rejected.Add(new RejectedOverride(o, refusal));
        }
        return (accepted, rejected);
    }

    private static List<QuotaNote> Warnings(IReadOnlyList<RankedEntry> ranked, IReadOnlyList<RecommendationLine> recommended)
    {
        var warnings = recommended.SelectMany(l => l.Notes.Where(n => n.Code == "EVAL-QUOTA-013")).ToList();
        warnings.AddRange(ranked.Where(r => r.UnresolvedTie).GroupBy(r => r.Rank).Select(g => new QuotaNote("EVAL-QUOTA-010",
            $"{string.Join("、", g.Select(r => r.Entry.Candidate.Name))}并列第{g.Key}名，按声明的排序规则无法区分，须由评审委员会确定")));
        return warnings;
    }
}
