using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.SchemeDocuments;
using Microsoft.EntityFrameworkCore;
using CycleRules = Enterprise.Eval.Domain.Cycles.TimetableRules;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// HR's use cases on cycles, each scoped to one enterprise: create from a published scheme, pause, resume, extend the
/// window, take a step by hand. Each change is saved with its history and audit, then the cycle's trigger re-armed.
/// </summary>
public sealed class CycleService(
    IEvalDbContext db, ICycleRepository cycles, CycleScheduler scheduler, CycleStepRunner steps, IWorkdayCalendar calendar, TimeProvider clock,
    Pipeline.WindowExtensionMail extensionMail)
{
    public const string DuplicateCode = "EVAL-CYCLE-030";
    public const string YearMismatchCode = "EVAL-CYCLE-031";

    public async Task<CycleCreation> CreateAsync(Guid enterpriseId, CreateCycleRequest request, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await EnsureEnterpriseCanRunAsync(enterpriseId, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.SchemeId && d.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("方案", request.SchemeId.ToString());
        document.EnsureCanOpenCycle();
        if (document.Year != request.Year)
            throw new Domain.Common.DomainException(YearMismatchCode,
                $"方案“{document.Title}”的年度为{document.Year}年，与评价周期年度{request.Year}年不一致：一个方案只用于它写明的年度。" +
                $"请为{request.Year}年度另建方案（命令行 scheme new --template 模板ID --year {request.Year} --out 文件，或把方案文件的 year 改为 {request.Year}），" +
                $"上传、报审并公布后再创建评价周期；或按方案年度创建（年度 {document.Year}）。");
        if (await db.Cycles.AnyAsync(c => c.EnterpriseId == enterpriseId && c.SchemeId == document.Id && c.Year == request.Year, ct))
            throw new Domain.Common.DomainException(DuplicateCode, $"该方案的{request.Year}年度评价周期已存在，不能重复创建。");

        var rules = RulesOf(document);
        if (request.PublicityStartsAt is null && rules.HoldsPublicity)
            return new CycleCreation(null, [new CycleIssue(CycleErrors.PublicityStartMissing, nameof(CreateCycleRequest.PublicityStartsAt),
                "方案设有公示，须给出公示开始时间。")]);
        var publicityStarts = request.PublicityStartsAt ?? request.ReviewEndsAt;   // not used without publicity
        var timetable = new TimetableRequest(
            request.WindowOpensAt, request.WindowClosesAt, request.ReviewEndsAt, publicityStarts,
            request.PublicityWorkdays ?? rules.MinimumPublicityWorkdays,
            request.CertificatesDueAt ?? publicityStarts.AddDays(30));
        var now = clock.GetUtcNow();
        var plan = CycleTimetable.Plan(timetable, rules, calendar, now);
        if (!plan.IsValid)
            return new CycleCreation(null, plan.Issues);

        // Issue 19 point 2: who issues the certificate decides the cycle's last steps (报送 and the authority's decision).
        var issuer = StoredSchemes.Of(document)?.Certificate.Issuer ?? Domain.Certificates.CertificateIssuerKind.Enterprise;
        var cycle = EvaluationCycle.Draft(Guid.NewGuid(), enterpriseId, document.Id, request.Year, now, actor, issuer);
        cycle.Schedule(plan.Timetable!, now, actor);
        await cycles.SaveAsync(cycle, ct);
        await scheduler.ReconcileCycleAsync(cycle.Id, ct);
        return new CycleCreation(cycle, []);
    }

    public async Task<IReadOnlyList<EvaluationCycle>> ListAsync(Guid enterpriseId, CancellationToken ct = default) =>
        (await db.Cycles.AsNoTracking().Where(c => c.EnterpriseId == enterpriseId).ToListAsync(ct))
        .OrderByDescending(c => c.Year).ThenBy(c => c.Timetable?.WindowOpensAt).ToList();

    public async Task<EvaluationCycle> GetAsync(Guid enterpriseId, Guid id, CancellationToken ct = default)
    {
        var cycle = await cycles.FindAsync(id, ct);
        return cycle is not null && cycle.EnterpriseId == enterpriseId ? cycle : throw new NotFoundException("评价周期", id.ToString());
    }

    public Task<StepResult> PauseAsync(Guid enterpriseId, Guid id, string reason, string actor, CancellationToken ct = default) =>
        ChangeAsync(enterpriseId, id, (c, at) => c.Pause(at, actor, string.IsNullOrWhiteSpace(reason) ? "人工暂停" : reason), ct);

    public Task<StepResult> ResumeAsync(Guid enterpriseId, Guid id, string actor, CancellationToken ct = default) =>
        ChangeAsync(enterpriseId, id, (c, at) => c.Resume(at, actor), ct);

    /// <summary>Takes the next step by hand (报送认定部门, 颁发证书, 上报, or an automatic step that is due).</summary>
    public async Task<StepResult> AdvanceAsync(Guid enterpriseId, Guid id, string actor, CancellationToken ct = default)
    {
        await EnsureEnterpriseCanRunAsync(enterpriseId, ct);
        var cycle = await GetAsync(enterpriseId, id, ct);
        var now = clock.GetUtcNow();
        var result = cycle.WhatIsNext(now) switch
        {
            null => StepResult.AlreadyDone,
            { Step: CycleStep.Schedule } => throw CycleErrors.NotScheduled(CycleStep.OpenWindow),
            // saves the step with its consequences; a 报送 names whom it went to (温州 技师: the city's 鉴定指导中心)
            var next => await steps.TakeAsync(cycle, next.Step, now, actor, ct, await NoteForAsync(cycle, next.Step, ct)),
        };
        if (result.Changed) await scheduler.ReconcileCycleAsync(cycle.Id, ct);
        return result;
    }

    public async Task<WindowExtension> ExtendAsync(Guid enterpriseId, Guid id, DateTimeOffset closesAt, string actor, CancellationToken ct = default)
    {
        await EnsureEnterpriseCanRunAsync(enterpriseId, ct);
        var cycle = await GetAsync(enterpriseId, id, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var previousClosesAt = cycle.Timetable?.WindowClosesAt;
        var extension = cycle.ExtendWindow(closesAt, RulesOf(document), clock.GetUtcNow(), actor);
        if (extension.Changed)
        {
            // The mails go in the cycle's own transaction: an extension is never saved without them, nor mailed unsaved.
            await cycles.SaveWithAsync(cycle, token => extensionMail.AddAsync(cycle, previousClosesAt!.Value, token), ct);
            await scheduler.ReconcileCycleAsync(cycle.Id, ct);
        }
        return extension;
    }

    private async Task<StepResult> ChangeAsync(Guid enterpriseId, Guid id, Func<EvaluationCycle, DateTimeOffset, StepResult> change, CancellationToken ct)
    {
        await EnsureEnterpriseCanRunAsync(enterpriseId, ct);
        var cycle = await GetAsync(enterpriseId, id, ct);
        var result = change(cycle, clock.GetUtcNow());
        if (result.Changed)
        {
            await cycles.SaveAsync(cycle, ct);
            await scheduler.ReconcileCycleAsync(cycle.Id, ct);
        }
        return result;
    }

    private async Task<string?> NoteForAsync(EvaluationCycle cycle, CycleStep step, CancellationToken ct)
    {
        if (step != CycleStep.Submit) return null;
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        return StoredSchemes.Of(document)?.Certificate is { IsAuthority: true } rules ? $"报送{rules.SubmitTarget}" : null;
    }

    private static CycleRules RulesOf(SchemeDocument document) => StoredSchemes.Of(document)?.Timetable ?? CycleRules.Default;

    private async Task EnsureEnterpriseCanRunAsync(Guid enterpriseId, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
    }
}
