using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Conflicts;
using Enterprise.Eval.Domain.Review.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// The committee review of a cycle as use cases: open it with its candidates, set (and convene) the committee,
/// declare conflicts, record marks, close stages. Ballots: <see cref="ReviewBallotService"/>; the list:
/// <see cref="ReviewRecommendationService"/>. Refusals are <see cref="ReviewOutcome"/> values with stable codes.
/// </summary>
public sealed class ReviewService(ReviewUnitOfWork work)
{
    public const string AlreadyOpenCode = "EVAL-REVIEW-030";
    public const string SchemeUnreadableCode = "EVAL-REVIEW-031";
    public const string NoCandidatesCode = "EVAL-REVIEW-032";

    public async Task<ReviewSessionRecord> OpenReviewAsync(Guid enterpriseId, Guid cycleId,
        IReadOnlyList<ReviewCandidateInput> candidates, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var db = work.Db;
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId && c.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("评价周期", cycleId.ToString());
        if (await db.ReviewSessions.AnyAsync(s => s.CycleId == cycleId, ct))
            throw new DomainException(AlreadyOpenCode, "本评价周期的评审已经开始，不能重复开始");
        if (candidates.Count == 0) throw new DomainException(NoCandidatesCode, "没有可提交评审的申报人");
        if (candidates.Select(c => c.ApplicationId).Distinct().Count() != candidates.Count)
            throw new ArgumentException("每个申报人只能提交一次（申报编号重复）", nameof(candidates));
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var scheme = StoredSchemes.Of(document)
            ?? throw new DomainException(SchemeUnreadableCode, "评价周期所用方案无法读取，不能开始评审");

        var record = ReviewRules.NewSession(enterpriseId, cycleId, scheme, work.Now);
        db.ReviewSessions.Add(record);
        db.ReviewStages.AddRange(ReviewRules.Stages(record.Id, scheme));
        var employeeIds = candidates.Select(c => c.EmployeeId).ToList();
        var roster = await db.Employees.AsNoTracking()
            .Where(e => e.EnterpriseId == enterpriseId && employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        db.ReviewCandidates.AddRange(candidates.Select((c, i) =>
        {
            var employee = roster.GetValueOrDefault(c.EmployeeId);
            return new ReviewCandidateRecord
            {
                SessionId = record.Id, CandidateId = c.ApplicationId, EmployeeId = c.EmployeeId, Position = i,
                Name = Required(c.Name, "姓名"), Gender = (c.Gender ?? "").Trim(), Unit = (c.Unit ?? "").Trim(),
                Department = Blank(c.Department) ? employee?.Department ?? "" : c.Department!.Trim(),
                OccupationCode = (c.OccupationCode ?? "").Trim(), OccupationName = (c.OccupationName ?? "").Trim(),
                Level = Blank(c.Level) ? record.Level : c.Level.Trim(), AppliedAt = c.AppliedAt,
                LineManagerNumber = Blank(c.LineManagerNumber) ? employee?.LineManagerNumber : c.LineManagerNumber!.Trim(),
                Region = Blank(c.Region) ? null : c.Region!.Trim(),
            };
        }));
        var state = new { cycleId, candidates = candidates.Select(c => c.ApplicationId).ToList() };
        await CommitNewAsync(record, actor, state, ct);
        return record;
    }

    // A member on the roster (by 工号) with a ban in force today may not sit (申请或参与); a credit record bars nothing.
    private async Task<ReviewOutcome?> BannedMemberAsync(IEvalDbContext db, Guid enterpriseId, IReadOnlyList<CommitteeMemberInput> members, CancellationToken ct)
    {
        var numbers = members.Where(m => !Blank(m.EmployeeNumber)).Select(m => m.EmployeeNumber!.Trim()).ToList();
        if (numbers.Count == 0) return null;
        var employees = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId && numbers.Contains(e.EmployeeNumber))
            .Select(e => new { e.Id, e.EmployeeNumber }).ToListAsync(ct);
        var ids = employees.Select(e => e.Id).ToList();
        var today = ChinaTime.DateOf(work.Now);
        var bans = (await db.Bans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId && ids.Contains(b.EmployeeId)).ToListAsync(ct))
            .Where(b => b.BarsApplyingOn(today)).ToList();
        foreach (var m in members.Where(m => !Blank(m.EmployeeNumber)))
        {
            var employee = employees.FirstOrDefault(e => e.EmployeeNumber == m.EmployeeNumber!.Trim());
            if (employee is not null && bans.FirstOrDefault(b => b.EmployeeId == employee.Id) is { } ban)
                return ReviewRefusals.BannedMember(m.Name.Trim(), ban.EndsOn);
        }
        return null;
    }

    public async Task<CommitteeSetting> SetCommitteeAsync(Guid enterpriseId, Guid cycleId, string? committeeName,
        IReadOnlyList<CommitteeMemberInput> members, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var name = Blank(committeeName) ? state.Record.CommitteeName : committeeName!.Trim();
        if (state.Record.ConvenedAt is not null)
            return CommitteeSetting.Refused(ReviewRefusals.CommitteeFixed(state.Record.CommitteeName));
        var committee = new Committee(state.Record.Id, cycleId, name, ReviewRules.Composition(state.Record));
        foreach (var m in members)
        {
            var added = committee.AddMember(new CommitteeMember(m.MemberId, m.Name, m.Role, m.IsExpert, m.Title,
                m.Unit ?? "", m.Department ?? "", m.EmployeeNumber));
            if (added.IsRefused) return CommitteeSetting.Refused(added);
        }
        // Composition is checked before anything is stored: a refused committee leaves the review as it was.
        var violations = committee.CheckComposition();
        if (violations.Count > 0) return new CommitteeSetting(false, violations);

        var db = work.Db;
        if (await BannedMemberAsync(db, enterpriseId, members, ct) is { } banned) return CommitteeSetting.Refused(banned);
        db.ReviewMembers.RemoveRange(state.Members);
        state.Members = members.Select((m, i) => new ReviewMemberRecord
        {
            SessionId = state.Record.Id, MemberId = m.MemberId, Position = i, Name = m.Name.Trim(), Role = m.Role,
            IsExpert = m.IsExpert, Title = Blank(m.Title) ? null : m.Title!.Trim(), Unit = (m.Unit ?? "").Trim(),
            Department = (m.Department ?? "").Trim(), EmployeeNumber = Blank(m.EmployeeNumber) ? null : m.EmployeeNumber!.Trim(),
        }).ToList();
        db.ReviewMembers.AddRange(state.Members);
        state.Record.CommitteeName = name;
        state.Record.ConvenedAt = work.Now;
        state.Record.ConvenedSeq = state.Record.NextSeq();
        state.Rebuild();
        var derived = state.Session.Conflicts.Recusals.Where(r => r.Source != ConflictSource.Declared).Select(r => new ReviewRecusalRecord
        {
            SessionId = state.Record.Id, MemberId = r.MemberId, CandidateId = r.CandidateId, Source = r.Source,
            Reason = r.Reason, RecordedAt = r.RecordedAt, Seq = state.Record.ConvenedSeq.Value,
        }).ToList();
        db.ReviewRecusals.AddRange(derived);
        await work.CommitAsync(state, actor, "review.committee.convened", new
        {
            committee = name,
            members = state.Members.Select(m => new { m.MemberId, role = m.Role, m.IsExpert }).ToList(),
            derivedRecusals = derived.Select(r => new { r.MemberId, r.CandidateId, r.Source }).ToList(),
        }, ct);
        return new CommitteeSetting(true, []);
    }

    public async Task<ReviewOutcome> DeclareConflictAsync(Guid enterpriseId, Guid cycleId, Guid memberId, Guid candidateId,
        string reason, string actor, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var now = work.Now;
        var outcome = state.Session.DeclareConflict(memberId, candidateId, reason, now);
        if (outcome.IsRefused) return outcome;
        if (state.Recusals.Any(r => r.MemberId == memberId && r.CandidateId == candidateId)) return outcome;
        var db = work.Db;
        // The domain withdrew the member's marks in open stages; the rows go with them.
        var open = state.Stages.Where(s => !s.IsClosed).Select(s => s.Code).ToHashSet();
        db.ReviewMarks.RemoveRange(state.Marks.Where(m => m.MemberId == memberId && m.CandidateId == candidateId && open.Contains(m.StageCode)));
        db.ReviewRecusals.Add(new ReviewRecusalRecord
        {
            SessionId = state.Record.Id, MemberId = memberId, CandidateId = candidateId, Source = ConflictSource.Declared,
            Reason = reason.Trim(), RecordedAt = now, Seq = state.Record.NextSeq(),
        });
        await work.CommitAsync(state, actor, "review.conflict.declared", new { memberId, candidateId, reason = reason.Trim() }, ct);
        return outcome;
    }

    /// <summary>
    /// Records members present at the meeting. Presence is what a "present members" denominator and the quorum count; a
    /// member who votes is present anyway, so this matters for those who attend and abstain from casting a ballot.
    /// </summary>
    public async Task<ReviewOutcome> RecordAttendanceAsync(Guid enterpriseId, Guid cycleId, IReadOnlyCollection<Guid> memberIds,
        string actor, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        if (state.Record.ConvenedSeq is null) return ReviewRefusals.NotConvened();
        if (memberIds.FirstOrDefault(id => state.Members.All(m => m.MemberId != id)) is var unknown && unknown != Guid.Empty)
            return ReviewRefusals.UnknownMember(unknown);
        var now = work.Now;
        var arrived = state.Members.Where(m => memberIds.Contains(m.MemberId) && m.PresentSeq is null).OrderBy(m => m.Position).ToList();
        if (arrived.Count == 0) return ReviewOutcome.Ok;
        foreach (var member in arrived)
        {
            member.PresentAt = now;
            member.PresentSeq = state.Record.NextSeq();
        }
        state.Session.RecordAttendance(arrived.Select(m => m.MemberId));
        await work.CommitAsync(state, actor, "review.attendance.recorded", new { present = arrived.Select(m => m.MemberId).ToList() }, ct);
        return ReviewOutcome.Ok;
    }

    /// <summary>A scored stage takes <paramref name="score"/>; a pass/fail stage takes <paramref name="passed"/>.</summary>
    public async Task<ReviewOutcome> RecordMarkAsync(Guid enterpriseId, Guid cycleId, string stageCode, Guid memberId,
        Guid candidateId, decimal? score, bool? passed, string actor, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var stage = state.Stages.FirstOrDefault(s => s.Code == stageCode);
        if (stage is null) return ReviewRefusals.UnknownStage(stageCode);
        var now = work.Now;
        var scored = stage.Kind == StageKind.Scored;
        if (scored ? score is null : passed is null)
            return ReviewRefusals.WrongStageKind(stage.Name, scored: !scored);
        var outcome = scored
            ? state.Session.Score(stageCode, memberId, candidateId, score!.Value, now)
            : state.Session.Verdict(stageCode, memberId, candidateId, passed!.Value, now);
        if (outcome.IsRefused) return outcome;
        var value = scored ? score!.Value : passed!.Value ? 1m : 0m;
        var row = state.Marks.FirstOrDefault(m => m.StageCode == stageCode && m.MemberId == memberId && m.CandidateId == candidateId);
        if (row is null)
        {
            row = new ReviewMarkRecord { SessionId = state.Record.Id, StageCode = stageCode, MemberId = memberId, CandidateId = candidateId };
            work.Db.ReviewMarks.Add(row);
        }
        row.Score = value;
        row.RecordedAt = now;
        row.Seq = state.Record.NextSeq();
        await work.CommitAsync(state, actor, "review.mark.recorded", new { stageCode, memberId, candidateId, mark = value }, ct);
        return outcome;
    }

    public async Task<ReviewOutcome> CloseStageAsync(Guid enterpriseId, Guid cycleId, string stageCode, Guid chairId,
        string actor, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var now = work.Now;
        var stage = state.Stages.FirstOrDefault(s => s.Code == stageCode);
        var outcome = state.Session.CloseStage(stageCode, chairId, now);
        if (outcome.IsRefused || stage is null || stage.IsClosed) return outcome;
        stage.IsClosed = true;
        stage.ClosedAt = now;
        stage.ClosedBy = chairId;
        stage.ClosedSeq = state.Record.NextSeq();
        await work.CommitAsync(state, actor, "review.stage.closed", new { stageCode, chairId }, ct);
        return outcome;
    }

    private async Task CommitNewAsync(ReviewSessionRecord record, string actor, object after, CancellationToken ct)
    {
        work.Audit(record, actor, "review.opened", after);
        await work.Db.SaveChangesAsync(ct);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string Required(string? text, string field) =>
        Blank(text) ? throw new ArgumentException($"申报人{field}不能为空") : text!.Trim();
}
