using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Applications.Events;
using Enterprise.Eval.Domain.Audit;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Events;

/// <summary>
/// A transition and its consequences commit together or not at all: the real service over a SQLite file, with one more
/// handler of <see cref="ApplicationSubmitted"/> that, while armed, writes half its work (an audit record in the unit of
/// work, and a statement executed at once in the save's transaction) and then throws. The submission is not saved, and
/// nothing of what the handler wrote is left either.
/// </summary>
public sealed class ConsequenceRollbackSpecs : IAsyncLifetime
{
    private readonly FailureSwitch _failing = new();
    private readonly FailureSwitch _failingRemoval = new();
    private OpenWindow _window = null!;

    public async Task InitializeAsync()
    {
        _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Jiangsu", "nantong-senior-technician.yaml", 2026),
            services: s =>
            {
                s.AddScoped<IDomainEventHandler<ApplicationSubmitted>>(sp => new FailingConsequence(_failing, sp.GetRequiredService<EvalDbContext>(), sp.GetRequiredService<AuditTrail>()));
                s.AddScoped<IDomainEventHandler<ApplicantRemoved>>(sp => new FailingRemoval(_failingRemoval));
            });
        // The scheduler opens the window (audit, mails to the roster) on its own after the clock's jump: the counts
        // this spec compares must not include that step arriving half-way.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await using var db = _window.Database.NewContext();
            if ((await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == _window.CycleId)).Status == Domain.Cycles.CycleStatus.Open) return;
            await Task.Delay(100);
        }
        Assert.Fail("the scheduler did not open the window within 30 s");
    }

    public async Task DisposeAsync() => await _window.DisposeAsync();

    [Fact]
    public async Task Submit_WhenAConsequenceHandlerFails_LeavesNothingWritten_AndSucceedsWholeOnceItWorks()
    {
        var before = await StoredAsync();
        _failing.Armed = true;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SubmitAsync("E00008"));

        Assert.Equal(FailingConsequence.Message, failure.Message);
        Assert.Equal(1, _failing.Calls);
        Assert.Equal(1, _failing.StatementsExecuted);
        Assert.Equal(before, await StoredAsync());

        _failing.Armed = false;
        var id = await SubmitAsync("E00008");

        var after = await StoredAsync();
        Assert.Equal(before.Applications + 1, after.Applications);
        Assert.Equal(before.AuditRecords + 1, after.AuditRecords);
        Assert.Equal(before.ChainHead + 1, after.ChainHead);
        Assert.Equal(before.Mails + 1, after.Mails);
        Assert.Equal(before.HrContactName, after.HrContactName);
        await using var db = _window.Database.NewContext();
        Assert.Single(await db.AuditRecords.AsNoTracking().Where(a => a.Action == "application.submitted" && a.EntityId == id.ToString()).ToListAsync());
        Assert.Single(await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MailEvent.ApplicationReceived).ToListAsync());
    }

    [Fact]
    public async Task Disqualify_WhenTheRemovalsConsequenceFails_LeavesTheApplicationTheBanAndTheMailUnwritten()
    {
        var id = await SubmitAsync("E00008");
        var before = await StoredAsync();
        _failingRemoval.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => DisqualifyAsync(id));

        Assert.Equal(1, _failingRemoval.Calls);
        Assert.Equal(before, await StoredAsync());
        await using (var db = _window.Database.NewContext())
        {
            Assert.Equal(Domain.Applications.ApplicationStatus.Submitted, (await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id)).Status);
            Assert.Equal(0, await db.Bans.CountAsync());
        }

        _failingRemoval.Armed = false;
        await DisqualifyAsync(id);

        var after = await StoredAsync();
        // The removal and the credit record (南通 002 二(六): three years, barring nothing) each with its audit record, and the mail.
        Assert.Equal(before.AuditRecords + 2, after.AuditRecords);
        Assert.Equal(before.Mails + 1, after.Mails);
        await using var check = _window.Database.NewContext();
        Assert.Equal(1, await check.Bans.CountAsync());
        Assert.Equal(MisconductRecordKind.CreditRecord, (await check.Bans.AsNoTracking().SingleAsync()).Kind);
        Assert.Equal(["application.disqualified", "credit-record.recorded"],
            (await check.AuditRecords.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync()).TakeLast(2).Select(a => a.Action));
    }

    private async Task DisqualifyAsync(Guid applicationId)
    {
        await using var scope = _window.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Application.Abstractions.IEvalDbContext>();
        var enterpriseId = (await db.Enterprises.AsNoTracking().SingleAsync()).Id;
        await scope.ServiceProvider.GetRequiredService<DisqualificationService>()
            .DisqualifyAsync(enterpriseId, _window.CycleId, applicationId, "提供虚假获奖证书", "hr:test");
    }

    private async Task<Guid> SubmitAsync(string employeeNumber)
    {
        await using var scope = _window.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Application.Abstractions.IEvalDbContext>();
        var enterpriseId = (await db.Enterprises.AsNoTracking().SingleAsync()).Id;
        var result = await scope.ServiceProvider.GetRequiredService<ApplicationService>().SubmitAsync(enterpriseId, _window.CycleId,
            new SubmitApplicationRequest(employeeNumber, new Domain.Applications.ApplicationForm { Education = "大专", Title = "工程师", Department = "质量部", Pledged = true }, []),
            "hr:test");
        Assert.Null(result.RefusalCode);
        return result.Application!.Id;
    }

    private async Task<Stored> StoredAsync()
    {
        await using var db = _window.Database.NewContext();
        return new Stored(
            await db.Applications.CountAsync(),
            await db.AuditRecords.CountAsync(),
            (await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId)).LastSequence,
            await db.OutboxMessages.CountAsync(),
            (await db.Enterprises.AsNoTracking().SingleAsync()).HrContactName);
    }

    private sealed record Stored(int Applications, int AuditRecords, long ChainHead, int Mails, string? HrContactName);

    private sealed class FailureSwitch
    {
        public bool Armed { get; set; }
        public int Calls { get; set; }
        public int StatementsExecuted { get; set; }
    }

    /// <summary>A consequence of a removal that, while armed, fails after the audit and mail handlers ran.</summary>
    private sealed class FailingRemoval(FailureSwitch state) : IDomainEventHandler<ApplicantRemoved>
    {
        public Task HandleAsync(ApplicantRemoved domainEvent, EventContext context, CancellationToken ct)
        {
            if (!state.Armed) return Task.CompletedTask;
            state.Calls++;
            throw new InvalidOperationException("removal consequence failed on purpose");
        }
    }

    /// <summary>A consequence that, while armed, writes half its work and then fails.</summary>
    private sealed class FailingConsequence(FailureSwitch state, EvalDbContext db, AuditTrail audit) : IDomainEventHandler<ApplicationSubmitted>
    {
        public const string Message = "consequence failed on purpose";

        public async Task HandleAsync(ApplicationSubmitted domainEvent, EventContext context, CancellationToken ct)
        {
            if (!state.Armed) return;
            state.Calls++;
            audit.Record(domainEvent.Application.EnterpriseId, context.Actor, "test.half-written", "Test", "1", null, null);
            // Executed at once, not at SaveChanges: only the save's transaction can take it back.
            state.StatementsExecuted = await db.Database.ExecuteSqlRawAsync("UPDATE enterprises SET \"HrContactName\" = 'half-written'", ct);
            throw new InvalidOperationException(Message);
        }
    }
}
