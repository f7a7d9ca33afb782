using System.Security.Cryptography;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.Publicity;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Publicity;

/// <summary>
/// The publicity period's use cases: start it on the entries the caller hands over, receive objections from the
/// public page, resolve them, and conclude. Each change is saved with its audit records and mails in one SaveChanges.
/// </summary>
public sealed class PublicityService(IEvalDbContext db, AuditTrail audit, MailOutbox outbox, TimeProvider clock, Applications.ApplicantStatusLinks links)
{
    public const string AlreadyStartedCode = "EVAL-PUB-030";
    public const string CycleNotReadyCode = "EVAL-PUB-031";
    public const string SystemActor = "system:publicity";

    public static string PagePath(string token) => "/publicity/" + token;

    public async Task<PublicityNotice> StartPublicityAsync(
        Guid enterpriseId, Guid cycleId, IReadOnlyList<PublicityCandidate> candidates, PublicityStartOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId && c.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("评价周期", cycleId.ToString());
        if (cycle.Timetable is null || cycle.Status > CycleStatus.Publicity)
            throw new DomainException(CycleNotReadyCode, $"评价周期处于“{CycleText.Status(cycle.Status)}”阶段，不能开始公示。");
        if (await db.PublicityNotices.AnyAsync(n => n.CycleId == cycleId, ct))
            throw new DomainException(AlreadyStartedCode, "该评价周期的公示已经开始，不能重复开始。");
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == enterpriseId, ct);
        var scheme = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var realNameRequired = StoredSchemes.Of(scheme)?.Objections.RealNameRequired ?? true;

        var t = cycle.Timetable;
        var entries = candidates.Select(c => new PublicityEntry(c.ApplicationId, c.EmployeeId, c.Name, c.Gender, c.Department, c.OccupationName, c.Level)).ToList();
        var notice = PublicityNotice.Start(Guid.NewGuid(), enterpriseId, cycleId, enterprise.Name, scheme.TargetLevel, NewToken(),
            t.PublicityStartsAt, t.PublicityEndsAt, t.PublicityFirstCountedDate, t.PublicityWorkdays, realNameRequired, entries,
            options.ObjectionContact, options.HrEmail);
        db.PublicityNotices.Add(notice);
        audit.Record(enterpriseId, options.Actor, "publicity.started", nameof(PublicityNotice), notice.Id.ToString(), null,
            new { cycleId, notice.PeriodText, Entries = entries.Select(e => e.ApplicationId), notice.RealNameRequired });

        var employeeIds = entries.Select(e => e.EmployeeId).ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId && employeeIds.Contains(e.Id)).ToListAsync(ct);
        // The page's address: the caller's (the API passes the address it was reached at), else the configured public one.
        var where = (options.PublicUrlBase?.TrimEnd('/') ?? links.BaseUrl) + PagePath(notice.Token);
        // One notification per person: each mail carries the reader's own status-page link. The event key is shared,
        // so the outbox still mails each person once.
        var statusUrls = await links.UrlsForAsync(entries.Select(e => e.ApplicationId).ToList(), ct);
        foreach (var employee in employees)
        {
            var applicationId = entries.First(e => e.EmployeeId == employee.Id).ApplicationId;
            await outbox.AddAsync(new Notification(MailEvent.PublicityStarted, enterpriseId, "publicity:" + notice.Id,
                [MailRecipient.ForEmployee(employee)],
                new Dictionary<string, object?>
                {
                    ["cycleName"] = CycleName(cycle, notice.Level), ["startsOn"] = notice.StartDate, ["endsOn"] = notice.EndDate, ["where"] = where,
                    ["statusUrl"] = statusUrls.GetValueOrDefault(applicationId),
                }), ct);
        }
        await db.SaveChangesAsync(ct);
        return notice;
    }

    public async Task<PublicityNotice> GetAsync(Guid enterpriseId, Guid cycleId, CancellationToken ct = default) =>
        await db.PublicityNotices.AsNoTracking().FirstOrDefaultAsync(n => n.CycleId == cycleId && n.EnterpriseId == enterpriseId, ct)
        ?? throw new NotFoundException("公示", cycleId.ToString());

    /// <summary>The notice behind a public page's token, or null; an unknown token is indistinguishable from none.</summary>
    public async Task<PublicityNotice?> FindByTokenAsync(string token, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 64
            ? null
            : await db.PublicityNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Token == token, ct);

    /// <summary>Records an objection from the public page; findings come back in the receipt, nothing is saved then.</summary>
    public async Task<ObjectionReceipt> ReceiveObjectionAsync(string token, ObjectionSubmission submission, CancellationToken ct = default)
    {
        var notice = await db.PublicityNotices.FirstOrDefaultAsync(n => n.Token == token, ct) ?? throw new NotFoundException("公示", "—");
        var receipt = notice.ReceiveObjection(submission, clock.GetUtcNow());
        if (!receipt.Accepted)
            return receipt;

        var objection = receipt.Objection!;
        // The objector's name and contact stay out of the audit: it records that an objection came, not who sent it.
        audit.Record(notice.EnterpriseId, "public", "publicity.objection-received", nameof(PublicityNotice), notice.Id.ToString(), null,
            new { objection.Number, objection.ApplicationId, RealName = objection.ObjectorName is not null });
        await db.SaveChangesAsync(ct);
        return receipt;
    }

    public async Task<PublicityConclusion> ResolveAsync(
        Guid enterpriseId, Guid cycleId, int number, bool upheld, string reason, string actor, CancellationToken ct = default)
    {
        var notice = await db.PublicityNotices.FirstOrDefaultAsync(n => n.CycleId == cycleId && n.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("公示", cycleId.ToString());
        var conclusion = notice.Resolve(number, upheld, reason, clock.GetUtcNow(), actor);
        var objection = notice.Objections.Single(o => o.Number == number);
        audit.Record(enterpriseId, actor, "publicity.objection-resolved", nameof(PublicityNotice), notice.Id.ToString(),
            new { Number = number, Status = ObjectionStatus.Open }, new { Number = number, objection.Status, objection.Resolution, objection.ApplicationId });
        await AfterConclusionAsync(notice, conclusion, actor, ct);
        await db.SaveChangesAsync(ct);
        return conclusion;
    }

    /// <summary>
    /// Why the publicity cannot conclude now (period not over, objections open), or null when it can or has: a query,
    /// it writes nothing. Recording the hold is <see cref="ConcludeAsync"/>'s, concluding is the conclude step's.
    /// </summary>
    public async Task<PublicityConclusion?> HoldAsync(Guid cycleId, CancellationToken ct = default)
    {
        var notice = await db.PublicityNotices.AsNoTracking().FirstOrDefaultAsync(n => n.CycleId == cycleId, ct);
        return notice?.ConclusionAt(clock.GetUtcNow()) is { Outcome: ConclusionOutcome.Held or ConclusionOutcome.NotYetDue } held ? held : null;
    }

    /// <summary>
    /// For the cycle's publicity-end step: concludes when the period is over and no objection is open; otherwise the
    /// end is held (HR told once) and the last resolve concludes it. Safe to run twice.
    /// </summary>
    public async Task<PublicityConclusion> ConcludeAsync(Guid cycleId, CancellationToken ct = default)
    {
        var notice = await db.PublicityNotices.FirstOrDefaultAsync(n => n.CycleId == cycleId, ct)
            ?? throw new NotFoundException("公示", cycleId.ToString());
        var conclusion = notice.Conclude(clock.GetUtcNow());
        if (conclusion.Changed)
        {
            await AfterConclusionAsync(notice, conclusion, SystemActor, ct);
            await db.SaveChangesAsync(ct);
        }
        return conclusion;
    }

    private async Task AfterConclusionAsync(PublicityNotice notice, PublicityConclusion conclusion, string actor, CancellationToken ct)
    {
        if (conclusion.Outcome == ConclusionOutcome.Concluded)
            audit.Record(notice.EnterpriseId, actor, "publicity.concluded", nameof(PublicityNotice), notice.Id.ToString(), null,
                new { notice.CycleId, Confirmed = notice.ConfirmedEntries.Select(e => e.ApplicationId), Removed = notice.Entries.Where(e => e.IsRemoved).Select(e => e.ApplicationId) });
        if (conclusion is { Outcome: ConclusionOutcome.Held, WasJustHeld: true })
        {
            audit.Record(notice.EnterpriseId, actor, "publicity.held", nameof(PublicityNotice), notice.Id.ToString(), null,
                new { notice.CycleId, conclusion.OpenObjections, conclusion.Message });
            if (notice.HrEmail is { } hr)
                await outbox.AddAsync(new Notification(MailEvent.HrDigest, notice.EnterpriseId, "publicity-held:" + notice.Id,
                    [MailRecipient.ForAddress(hr, "人力资源部")],
                    new Dictionary<string, object?>
                    {
                        ["day"] = ChinaTime.DateOf(clock.GetUtcNow()), ["newApplications"] = 0, ["returnedMaterials"] = 0,
                        ["openObjections"] = conclusion.OpenObjections, ["failedMails"] = 0,
                    }), ct);
        }
    }

    private static string CycleName(EvaluationCycle cycle, SkillLevel level) => $"{cycle.Year}年度{level.ChineseName()}评价";

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
