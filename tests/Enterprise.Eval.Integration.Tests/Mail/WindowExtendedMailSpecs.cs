using System.Net.Http.Json;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>
/// Extending the application window mails everyone it concerns — each recipient of the window-opened mail and each
/// employee with a live application — in the same transaction as the new closing time, once per extension.
/// </summary>
public sealed class WindowExtendedMailSpecs : IAsyncLifetime
{
    private PipelineJourney _journey = null!;

    public async Task InitializeAsync()
    {
        _journey = await PipelineJourney.StartAsync();
        await _journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
    }

    public async Task DisposeAsync() => await _journey.DisposeAsync();

    [Fact]
    public async Task Extend_MailsTheAnnouncedAndTheApplicants_WithOldAndNewClosingTimeTheChineseWay()
    {
        var late = _journey.Applicants[1];
        await ForgetWindowOpenedMailToAsync(late);   // as if added to the roster after the window opened
        await _journey.SubmitAsync(_journey.Applicants[0]);
        await _journey.SubmitAsync(late);

        await _journey.ExtendAsync("2026-06-12 18:00");

        var announced = (await MailsAsync(MailEvent.WindowOpened)).Select(Recipient).ToHashSet();
        var extended = await MailsAsync(MailEvent.WindowExtended);
        Assert.DoesNotContain("emp:" + late, announced);
        Assert.Equal(announced.Append("emp:" + late).Order(StringComparer.Ordinal), extended.Select(Recipient).Order(StringComparer.Ordinal));
        var mail = extended.First(m => Recipient(m) == "emp:" + late);
        Assert.Contains("申报截止日期由2026年6月12日 16:00延长至2026年6月12日 18:00", mail.TextBody);
        Assert.Contains("延长至<strong>2026年6月12日 18:00</strong>", mail.HtmlBody);
        Assert.EndsWith("申报截止日期延长至2026年6月12日", mail.Subject);
    }

    [Fact]
    public async Task SecondExtension_MailsEveryoneAgain_WhileRepeatingTheSameClosingTimeMailsNobody()
    {
        await _journey.SubmitAsync(_journey.Applicants[0]);

        await _journey.ExtendAsync("2026-06-12 18:00");
        var first = (await MailsAsync(MailEvent.WindowExtended)).Count;
        await _journey.ExtendAsync("2026-06-12 20:00");
        var second = (await MailsAsync(MailEvent.WindowExtended)).Count;
        await _journey.ExtendAsync("2026-06-12 20:00");          // no change: no step, no mail
        var third = await MailsAsync(MailEvent.WindowExtended);

        Assert.True(first > 0);
        Assert.Equal(2 * first, second);
        Assert.Equal(second, third.Count);
        Assert.Equal(first, third.Count(m => m.DedupKey.Contains(":window-extended:2|", StringComparison.Ordinal)));
        Assert.Contains(third, m => m.TextBody.Contains("由2026年6月12日 18:00延长至2026年6月12日 20:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extend_WhoseMailsCannotBeStored_IsNotSavedEither()
    {
        await _journey.SubmitAsync(_journey.Applicants[0]);
        await using (var db = _journey.Database.NewContext())
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER refuse_extension_mail BEFORE INSERT ON outbox_messages WHEN NEW.Kind = 'WindowExtended'
                BEGIN SELECT RAISE(ABORT, 'the outbox refuses this mail'); END;
                """);

        var response = await _journey.Client.PostAsJsonAsync($"/api/cycles/{_journey.CycleId}/extend", new { windowClosesAt = "2026-06-12 18:00" });

        Assert.False(response.IsSuccessStatusCode);
        await using var check = _journey.Database.NewContext();
        var cycle = await check.Cycles.AsNoTracking().SingleAsync(c => c.Id == _journey.CycleId);
        Assert.Equal(Domain.Common.ChinaTime.At(new DateOnly(2026, 6, 12), new TimeOnly(16, 0)), cycle.Timetable!.WindowClosesAt);
        Assert.DoesNotContain(cycle.History, e => e.What == CycleEventKind.WindowExtended);
        Assert.False(await check.AuditRecords.AnyAsync(a => a.Action == "cycle.WindowExtended"));
    }

    private static string Recipient(OutboxMessage m) => m.DedupKey[(m.DedupKey.LastIndexOf('|') + 1)..];

    private async Task<List<OutboxMessage>> MailsAsync(MailEvent kind)
    {
        await using var db = _journey.Database.NewContext();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync();
    }

    private async Task ForgetWindowOpenedMailToAsync(string employeeNumber)
    {
        await using var db = _journey.Database.NewContext();
        var removed = await db.OutboxMessages.Where(m => m.Kind == MailEvent.WindowOpened && m.DedupKey.EndsWith("|emp:" + employeeNumber)).ExecuteDeleteAsync();
        Assert.Equal(1, removed);
    }
}
