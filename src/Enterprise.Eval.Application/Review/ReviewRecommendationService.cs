using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Quotas;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// The recommended list: ranked by composite score with the scheme's per-occupation caps (hard caps send a
/// candidate to the waiting list, 原则上 caps keep them with a warning) and HR's overrides. The last computed list is
/// stored line by line; an override recomputes it when one exists.
/// </summary>
public sealed class ReviewRecommendationService(ReviewUnitOfWork work, PriorityFlags priorities)
{
    public async Task<RecommendationResult> ComputeAsync(Guid enterpriseId, Guid cycleId, int? targetListSize, string actor,
        CancellationToken ct = default)
    {
        if (targetListSize is < 1) throw new ArgumentException("推荐名额须为正整数", nameof(targetListSize));
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var result = await ComputeCoreAsync(state, targetListSize ?? state.Record.TargetListSize, ct);
        await work.CommitAsync(state, actor, "review.list.computed", Summary(result, state.Record.TargetListSize), ct);
        return result;
    }

    public async Task<ReviewOutcome> OverrideAsync(Guid enterpriseId, Guid cycleId, Guid candidateId, OverrideKind kind,
        string reason, string decidedBy, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        if (string.IsNullOrWhiteSpace(reason)) return ReviewOutcome.Refused("EVAL-QUOTA-001", "人事部门调整推荐名单须说明理由");
        if (state.Candidate(candidateId) is not { } candidate) return ReviewRefusals.UnknownCandidate(candidateId);
        if (state.Overrides.Any(o => o.CandidateId == candidateId))
            return ReviewOutcome.Refused("EVAL-QUOTA-004", $"申报人{candidate.Name}已有一项调整，不能重复调整");
        var row = new ReviewOverrideRecord
        {
            Id = Guid.NewGuid(), SessionId = state.Record.Id, CandidateId = candidateId, Kind = kind, Reason = reason.Trim(),
            DecidedBy = decidedBy, DecidedAt = work.Now, Seq = state.Record.NextSeq(),
        };
        work.Db.ReviewOverrides.Add(row);
        state.Overrides.Add(row);
        RecommendationResult? result = null;
        if (state.Record.ListComputedAt is not null)
        {
            result = await ComputeCoreAsync(state, state.Record.TargetListSize, ct);
            if (result.RejectedOverrides.FirstOrDefault(r => r.Override.CandidateId == candidateId) is { } rejected)
            {
                work.Db.ReviewOverrides.Remove(row);
                return rejected.Outcome;
            }
        }
        await work.CommitAsync(state, decidedBy, "review.list.overridden", new { candidateId, kind, reason = row.Reason }, ct);
        return ReviewOutcome.Ok;
    }

    /// <summary>The stored lists (拟推荐 and 候补 …) in their order, with the candidates they name.</summary>
    public async Task<StoredReviewList> ListAsync(Guid enterpriseId, Guid cycleId, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var lines = await work.Db.ReviewListLines.AsNoTracking().Where(l => l.SessionId == state.Record.Id).ToListAsync(ct);
        return new StoredReviewList(state.Record.Level, state.Record.TargetListSize, state.Record.ListComputedAt,
            lines.OrderBy(l => l.List).ThenBy(l => l.Position).ToList(), state.Candidates.ToDictionary(c => c.CandidateId));
    }

    private async Task<RecommendationResult> ComputeCoreAsync(ReviewState state, int? target, CancellationToken ct)
    {
        var db = work.Db;
        // Issue 18 point 2: a review with no stage and no vote would pass everyone, so it yields no list.
        if (state.Stages.Count == 0 && !state.Record.VoteRequired)
            throw new DomainException(ReviewCheck.EmptyReview,
                "本次评审没有任何评审环节，也没有表决，不能生成推荐名单：请在方案中设置或选定评审环节（chosen: true）或表决后重新发布方案");
        var cycle = await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == state.Record.CycleId, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var scheme = StoredSchemes.Of(document);
        var caps = scheme is not null ? ReviewRules.Caps(scheme) : [];
        // The scheme states its tie-breaks (review.tieBreaks); none stated: a tie shares its rank (EVAL-QUOTA-010),
        // never silently broken by the time of submission.
        var tieBreaks = scheme?.Review.TieBreaks ?? [];
        var policy = new RecommendationPolicy(target, caps, tieBreaks);
        // An applicant taken out after the review opened (HR's later "no", issue 18 point 1) is never recommended.
        var candidateIds = state.Candidates.Select(c => c.CandidateId).ToList();
        var outIds = (await db.Applications.AsNoTracking().Where(a => candidateIds.Contains(a.Id)).Select(a => new { a.Id, a.Status }).ToListAsync(ct))
            .Where(a => a.Status.IsOut()).Select(a => a.Id).ToHashSet();
        var referenceDate = cycle.Timetable is { } t ? ChinaTime.DateOf(t.WindowClosesAt) : ChinaTime.DateOf(work.Now);
        var priority = scheme is null ? new Dictionary<Guid, IReadOnlyList<string>>()
            : await priorities.ForAsync(state.Record.EnterpriseId, scheme, referenceDate, candidateIds, ct);
        var entries = RankingEntry.AllFrom(state.Session, state.Record.VoteRequired)
            .Select(e => outIds.Contains(e.Candidate.Id) ? e with { PassedReview = false } : e)
            .Select(e => e with { IsPriority = priority.ContainsKey(e.Candidate.Id) }).ToList();
        var overrides = state.Overrides.OrderBy(o => o.Seq)
            .Select(o => new QuotaOverride(o.CandidateId, o.Kind, o.Reason, o.DecidedBy, o.DecidedAt));
        var result = Recommender.Recommend(policy, entries, overrides);
        var why = new MeritExplanation(state.Session, tieBreaks, priority, outIds);
        var tied = entries.Where(e => e.PassedReview).GroupBy(e => e.Total).Where(g => g.Count() > 1).SelectMany(g => g).Select(e => e.Candidate.Id).ToHashSet();

        db.ReviewListLines.RemoveRange(await db.ReviewListLines.Where(l => l.SessionId == state.Record.Id).ToListAsync(ct));
        db.ReviewListLines.AddRange(Lines(state.Record.Id, ReviewListKind.Recommended, result.Recommended, why, tied)
            .Concat(Lines(state.Record.Id, ReviewListKind.Waiting, result.WaitingList, why, tied))
            .Concat(Lines(state.Record.Id, ReviewListKind.NotRecommended, result.NotRecommended, why, tied))
            .Concat(Lines(state.Record.Id, ReviewListKind.Excluded, result.Excluded, why, tied)));
        state.Record.TargetListSize = target;
        state.Record.ListComputedAt = work.Now;
        state.Record.NextSeq();
        return result;
    }

    private static IEnumerable<ReviewListLineRecord> Lines(Guid sessionId, ReviewListKind kind, IEnumerable<RecommendationLine> lines,
        MeritExplanation why, IReadOnlySet<Guid> tied) =>
        lines.Select(l => new ReviewListLineRecord
        {
            Id = Guid.NewGuid(), SessionId = sessionId, List = kind, Position = l.Position, Rank = l.Rank,
            CandidateId = l.Entry.Candidate.Id, CompositeScore = l.Entry.Total,
            NoteCodes = string.Join(",", l.Notes.Select(n => n.Code).Distinct()),
            // Why the line is where it is (issue 18 point 3) first, then the caps' and overrides' notes.
            Remarks = string.Join("；", new[] { why.Of(l), tied.Contains(l.Entry.Candidate.Id) ? why.TieNote : "" }
                .Concat(l.Notes.Select(n => n.Message)).Where(t => t.Length > 0)),
        });

    private static object Summary(RecommendationResult r, int? target) => new
    {
        target,
        recommended = r.Recommended.Select(l => l.Entry.Candidate.Id).ToList(),
        waiting = r.WaitingList.Select(l => l.Entry.Candidate.Id).ToList(),
        warnings = r.Warnings.Select(w => w.Code).ToList(),
    };
}
