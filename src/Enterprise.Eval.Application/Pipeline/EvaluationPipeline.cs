using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Application.Review;
using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Publicity;
using Enterprise.Eval.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Pipeline;

/// <summary>
/// How an application travels through a cycle, step by step, in one place:
/// window opens → staff whom whole-roster screening finds eligible or nearly so are told → window closes → closing screening (the verdict that counts) → review opens with the screened applications →
/// publicity starts with the review's recommended list → publicity concludes (held while objections are open) and the
/// list is confirmed → certificates are issued (<see cref="CycleCertification"/>) → the cycle is reported once the
/// province has accepted every export batch. Each part runs in the transaction of the step it belongs to.
/// </summary>
public sealed class EvaluationPipeline(
    IEvalDbContext db, AuditTrail audit, ClosingScreening closingScreening, ReviewService review,
    ReviewRecommendationService recommendations, PublicityService publicity, RosterApplicants roster, MailOutbox outbox,
    Applications.ApplicantStatusLinks links, ApplicationMails mails)
    : ICycleStepParticipant
{
    private const string Actor = "system:pipeline";

    public async Task<string?> HoldReasonAsync(EvaluationCycle cycle, CycleStep step, CancellationToken ct) => step switch
    {
        // Issue 18 point 1: nobody enters review past a gate they have not met, and the review opens once for everyone,
        // so it waits until HR has settled every held application (application held lists them).
        CycleStep.StartReview when await db.Applications.CountAsync(a => a.CycleId == cycle.Id && a.Status == ApplicationStatus.Held, ct) is > 0 and var held =>
            $"尚有{held}名申报人待人事确认（确认事项或必备材料）：请逐一确认或不予确认后再开始评审（application held --cycle {cycle.Id}；{GateErrors.HeldBeforeReview}）",
        // Issue 18 point 2: a review with no stage held and no vote would pass everyone; a scheme published before the
        // check (or edited in the database) is stopped here, before anyone enters it.
        CycleStep.StartReview when await ReviewProblemAsync(cycle, ct) is { } problem => problem,
        CycleStep.StartPublicity when await HasReviewAsync(cycle, ct) && !await HasListAsync(cycle, ct) =>
            "评审推荐名单尚未确定：请评审委员会完成评审并生成拟推荐名单后再开始公示",
        // Only asks: the hold is recorded by RecordHoldAsync, and the conclusion is the step's own work (ConfirmPublicityAsync),
        // in the step's transaction. The last resolve concludes it too, so the step then finds nothing holding it.
        CycleStep.Conclude when await publicity.HoldAsync(cycle.Id, ct) is { } held => held.Message,
        CycleStep.Certify when await db.Applications.AnyAsync(a => a.CycleId == cycle.Id && a.Status == ApplicationStatus.Confirmed, ct) =>
            "尚有通过公示的人员未颁发证书：请先颁发证书（cycle certify）",
        CycleStep.Report when !await AllExportsAcceptedAsync(cycle, ct) =>
            "尚有导出批次未被省级部门接收：请先导出并登记答复（export run / export answer）",
        _ => null,
    };

    /// <summary>Publicity held by open objections is marked held and HR told, once (the notice knows it was told).</summary>
    public async Task RecordHoldAsync(EvaluationCycle cycle, CycleStep step, CancellationToken ct)
    {
        if (step == CycleStep.Conclude && await HasNoticeAsync(cycle, ct)) await publicity.ConcludeAsync(cycle.Id, ct);
    }

    public async Task OnStepTakenAsync(EvaluationCycle cycle, CycleEvent taken, CancellationToken ct)
    {
        switch (taken.What)
        {
            case CycleEventKind.WindowOpened:
                await AnnounceWindowAsync(cycle, ct);
                break;
            case CycleEventKind.WindowClosed:
                await closingScreening.ScreenAtCloseAsync(cycle.Id, ct);
                break;
            case CycleEventKind.ReviewStarted:
                await OpenReviewAsync(cycle, ct);
                break;
            case CycleEventKind.PublicityStarted:
                await StartPublicityAsync(cycle, ct);
                break;
            case CycleEventKind.Concluded:
                await ConfirmPublicityAsync(cycle, taken.At, ct);
                break;
        }
    }

    /// <summary>Mails the window to everyone the scheme does not rule out today (eligible, or only facts or HR's word missing).</summary>
    private async Task AnnounceWindowAsync(EvaluationCycle cycle, CancellationToken ct)
    {
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        if (StoredSchemes.Of(document) is not { } scheme || cycle.Timetable is not { } timetable) return;
        var prepared = EligibilityEngine.Prepare(scheme);
        var closes = ChinaTime.DateOf(timetable.WindowClosesAt);
        var hopeful = (await roster.LoadAsync(cycle.EnterpriseId, ct))
            .Where(facts => EligibilityEngine.Evaluate(prepared, facts, closes).Kind != VerdictKind.Ineligible)
            .Select(facts => facts.EmployeeNumber).ToHashSet();
        var recipients = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == cycle.EnterpriseId).ToListAsync(ct);
        var to = recipients.Where(e => hopeful.Contains(e.EmployeeNumber)).Select(MailRecipient.ForEmployee).ToList();
        if (to.Count == 0) return;
        await outbox.AddAsync(new Notification(MailEvent.WindowOpened, cycle.EnterpriseId, $"{cycle.Id:N}:window-opened", to,
            new Dictionary<string, object?>
            {
                ["cycleName"] = document.Title, ["opensOn"] = ChinaTime.DateOf(timetable.WindowOpensAt), ["closesOn"] = closes,
            }), ct);
    }

    private async Task OpenReviewAsync(EvaluationCycle cycle, CancellationToken ct)
    {
        var screened = await ApplicationsAsync(cycle, ApplicationStatus.Screened, ct);
        if (screened.Count == 0) return;   // nobody passed the closing screening: nothing to review
        var employees = await EmployeesAsync(screened, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == cycle.SchemeId, ct);
        var enterpriseName = await db.Enterprises.AsNoTracking().Where(x => x.Id == cycle.EnterpriseId).Select(x => x.Name).FirstAsync(ct);
        foreach (var application in screened) Move(application, application.MoveToReview());
        // 工作单位: as the applicant wrote it on the form, else the enterprise; 申报等级: left empty, so the review takes the
        // level the scheme evaluates (a candidate's level held is not the level applied for).
        var candidates = screened.Select(a =>
        {
            var e = employees[a.EmployeeId];
            return new ReviewCandidateInput(a.Id, e.Id, e.Name, e.Gender == Gender.Male ? "男" : "女",
                string.IsNullOrWhiteSpace(a.Unit) ? enterpriseName : a.Unit, a.Department ?? e.Department,
                a.OccupationFor(e.OccupationCode), OccupationNames.For(document, a, e), "", a.SubmittedAt ?? a.CreatedAt, e.LineManagerNumber);
        }).ToList();
        await review.OpenReviewAsync(cycle.EnterpriseId, cycle.Id, candidates, Actor, ct);
    }

    private async Task StartPublicityAsync(EvaluationCycle cycle, CancellationToken ct)
    {
        if (!await HasReviewAsync(cycle, ct)) return;
        var list = await recommendations.ListAsync(cycle.EnterpriseId, cycle.Id, ct);
        var recommendedIds = list.Lines.Where(l => l.List == ReviewListKind.Recommended).Select(l => l.CandidateId).ToHashSet();
        var reviewed = await ApplicationsAsync(cycle, ApplicationStatus.UnderReview, ct);
        var employees = await EmployeesAsync(reviewed, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var statusUrls = await links.UrlsForAsync(reviewed.Select(a => a.Id).ToList(), ct);
        foreach (var application in reviewed)
        {
            var passed = recommendedIds.Contains(application.Id);
            if (passed)
            {
                Move(application, application.Recommend());
                Move(application, application.EnterPublicity());
            }
            await outbox.AddAsync(new Notification(MailEvent.ReviewOutcome, cycle.EnterpriseId, $"{application.Id:N}:review",
                [MailRecipient.ForEmployee(employees[application.EmployeeId])],
                new Dictionary<string, object?>
                {
                    ["cycleName"] = document.Title, ["passed"] = passed, ["outcome"] = passed ? "通过，列入拟推荐名单" : "未列入拟推荐名单",
                    ["statusUrl"] = statusUrls.GetValueOrDefault(application.Id),
                }), ct);
        }
        var published = reviewed.Where(a => recommendedIds.Contains(a.Id)).ToList();
        if (published.Count == 0) return;
        var candidates = published.Select(a =>
        {
            var e = employees[a.EmployeeId];
            return new PublicityCandidate(a.Id, e.Id, e.Name, e.Gender, a.Department ?? e.Department, e.OccupationName, document.TargetLevel);
        }).ToList();
        await publicity.StartPublicityAsync(cycle.EnterpriseId, cycle.Id, candidates, new PublicityStartOptions(Actor), ct);
    }

    /// <summary>Confirms everyone publicity kept; whoever an upheld objection removed is out and told why.</summary>
    private async Task ConfirmPublicityAsync(EvaluationCycle cycle, DateTimeOffset at, CancellationToken ct)
    {
        if (!await HasNoticeAsync(cycle, ct)) return;
        // The conclusion is part of this step: concluded (audit publicity.concluded) in the step's transaction; a notice
        // the last resolve concluded already is left as it is.
        await publicity.ConcludeAsync(cycle.Id, ct);
        var notice = await db.PublicityNotices.AsNoTracking().Include(n => n.Entries).FirstAsync(n => n.CycleId == cycle.Id, ct);
        var removed = notice.Entries.Where(e => e.IsRemoved).ToDictionary(e => e.ApplicationId, e => e.RemovedReason!);
        var removedAfterObjection = new List<SkillApplication>();
        foreach (var application in await ApplicationsAsync(cycle, ApplicationStatus.InPublicity, ct))
        {
            if (!removed.TryGetValue(application.Id, out var reason))
            {
                Move(application, application.Confirm());
                continue;
            }
            Move(application, application.RemoveAfterObjection(reason));
            removedAfterObjection.Add(application);
        }
        if (removedAfterObjection.Count == 0) return;
        var employees = await EmployeesAsync(removedAfterObjection, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        foreach (var application in removedAfterObjection)
            await mails.DisqualifiedAsync(application, employees[application.EmployeeId], document.Title, at, ct);
    }

    private void Move(SkillApplication application, ApplicationTransition transition) =>
        audit.Record(application.EnterpriseId, Actor, transition.Action, nameof(SkillApplication), application.Id.ToString(),
            new { Status = transition.From }, new { Status = transition.To, transition.Note });

    private Task<List<SkillApplication>> ApplicationsAsync(EvaluationCycle cycle, ApplicationStatus status, CancellationToken ct) =>
        db.Applications.Where(a => a.CycleId == cycle.Id && a.Status == status).ToListAsync(ct);

    private async Task<Dictionary<Guid, Domain.Roster.Employee>> EmployeesAsync(IEnumerable<SkillApplication> applications, CancellationToken ct)
    {
        var ids = applications.Select(a => a.EmployeeId).Distinct().ToList();
        return await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
    }

    private async Task<string?> ReviewProblemAsync(EvaluationCycle cycle, CancellationToken ct)
    {
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        return StoredSchemes.Of(document) is { } scheme && ReviewCheck.Problems(scheme) is { Count: > 0 } problems
            ? string.Join("；", problems.Select(p => $"{p.Message}（{p.Code}）"))
            : null;
    }

    private Task<bool> HasReviewAsync(EvaluationCycle cycle, CancellationToken ct) => db.ReviewSessions.AnyAsync(s => s.CycleId == cycle.Id, ct);

    private Task<bool> HasListAsync(EvaluationCycle cycle, CancellationToken ct) =>
        db.ReviewSessions.AnyAsync(s => s.CycleId == cycle.Id && s.ListComputedAt != null, ct);

    private Task<bool> HasNoticeAsync(EvaluationCycle cycle, CancellationToken ct) => db.PublicityNotices.AnyAsync(n => n.CycleId == cycle.Id, ct);

    private async Task<bool> AllExportsAcceptedAsync(EvaluationCycle cycle, CancellationToken ct)
    {
        var batches = await db.ExportBatches.AsNoTracking().Where(b => b.CycleId == cycle.Id).ToListAsync(ct);
        return Domain.Certificates.ExportAcceptance.AllAccepted(batches);
    }
}
