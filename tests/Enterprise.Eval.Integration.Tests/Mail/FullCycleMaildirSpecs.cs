using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>
/// Issue 8's acceptance: one whole cycle (the pipeline journey) on the real service delivering by SMTP to aiosmtpd,
/// then the Maildir read back — the expected mails by recipient and event (from the X-Eval-Event header), each with the
/// outbox row's Message-ID, a UTF-8 encoded Chinese subject, a text/html alternative and no ID number anywhere.
/// </summary>
public sealed partial class FullCycleMaildirSpecs
{
    private const string EventHeader = "X-Eval-Event";

    [Fact]
    public async Task WholeCycle_DeliversTheExpectedMailsByRecipientAndEvent_ToARealMaildir()
    {
        using var server = SmtpServer.Start();
        // The journey jumps the clock by days, which would expire the lease of a mail being sent at that moment and
        // let it be claimed again (same Message-ID, but a second copy): the background loop idles after its first
        // empty pass (PollSeconds 3600) and the spec drains the outbox itself once the clock has stopped jumping.
        await using var journey = await PipelineJourney.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:Delivery"] = "Smtp", ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = server.Port.ToString(), ["Mail:UseStartTls"] = "false",
            ["Mail:From"] = "hr-eval@jiajixie.example", ["Mail:FromName"] = "甲机械人力资源部", ["Mail:MessagesPerSecond"] = "0",
            ["Mail:PollSeconds"] = "3600", ["Mail:TimeoutSeconds"] = "20", ["Mail:DigestTime"] = "23:59",
        }, withHrContact: true);

        await journey.RunWholeCycleAsync();
        var outbox = await DeliverEverythingAsync(journey);

        var email = RosterEmails();
        string[] applicants = [.. journey.Applicants.Select(n => email[n])];
        (string To, string Event)[] expected =
        [
            .. applicants.SelectMany(a => new[] { "window-opened", "window-extended", "application-received", "screening-verdict", "review-outcome", "publicity-started" }.Select(e => (a, e))),
            (applicants[1], "certificate-issued"), (applicants[2], "certificate-issued"),
            (applicants[0], "disqualified"),   // the first was removed by the upheld objection, and is told why
            (PipelineJourney.HrEmail, "hr-digest"),
        ];
        var files = Directory.GetFiles(server.NewFolder);
        var delivered = files.Select(f => (Raw: File.ReadAllText(f), Mail: DeliveredMail.Parse(File.ReadAllText(f)))).ToList();
        var pairs = delivered.Select(d => (To: Address(d.Mail.To), Event: d.Mail.Header(EventHeader))).ToList();

        Assert.All(expected, pair => Assert.Contains(pair, pairs));
        Assert.DoesNotContain((applicants[0], "certificate-issued"), pairs);
        Assert.DoesNotContain(pairs, p => p.To == PipelineJourney.ObjectorEmail);   // nothing proves the objector's address
        // Beyond the table, only the scheme's publication (issue 19: to the staff it concerns) and the window mails
        // reach the other employees screening found hopeful.
        Assert.All(pairs.Except(expected), p => Assert.Contains(p.Event, new[] { "scheme-published", "window-opened", "window-extended" }));
        Assert.Contains(pairs, p => p.Event == "scheme-published");

        // Exactly the outbox, once each: every Sent row arrived under its own Message-ID, and nothing else did.
        Assert.Equal(outbox.Select(m => m.MessageId).Order(StringComparer.Ordinal), delivered.Select(d => d.Mail.MessageId).Order(StringComparer.Ordinal));
        var rows = outbox.ToDictionary(m => m.MessageId);
        var idNumbers = RosterIdNumbers();
        Assert.All(delivered, d =>
        {
            var row = rows[d.Mail.MessageId];
            Assert.Equal((row.RecipientAddress, row.Kind.TemplateName()), (Address(d.Mail.To), d.Mail.Header(EventHeader)));
            Assert.StartsWith("=?utf-8?", d.Mail.Header("Subject"), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(row.Subject, d.Mail.Subject);
            Assert.Matches("[\u4e00-\u9fff]", d.Mail.Subject);
            Assert.DoesNotContain("评价评价", d.Mail.Subject);   // the cycle's name already ends in 评价
            Assert.StartsWith("multipart/alternative", d.Mail.Header("Content-Type"), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(("utf-8", "utf-8"), (d.Mail.TextCharset.ToLowerInvariant(), d.Mail.HtmlCharset.ToLowerInvariant()));
            Assert.Contains("<html", d.Mail.Html, StringComparison.Ordinal);
            Assert.DoesNotMatch(IdNumberLike(), d.Mail.Subject + d.Mail.Text + d.Mail.Html);
            Assert.DoesNotContain(idNumbers, id => d.Raw.Contains(id, StringComparison.OrdinalIgnoreCase) || d.Mail.Text.Contains(id) || d.Mail.Html.Contains(id));
        });
    }

    /// <summary>Drains the dispatcher, then waits for the background loop to mark what it had claimed; returns the outbox.</summary>
    private static async Task<List<OutboxMessage>> DeliverEverythingAsync(PipelineJourney journey)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await journey.Host.Services.GetRequiredService<MailDispatcher>().DrainAsync();
            await using var db = journey.Database.NewContext();
            var all = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
            if (all.All(m => m.Status is OutboxStatus.Sent or OutboxStatus.NoAddress)) return all.Where(m => m.Status == OutboxStatus.Sent).ToList();
            Assert.True(DateTime.UtcNow < deadline, "undelivered: " + string.Join("; ", all.Where(m => m.Status is not (OutboxStatus.Sent or OutboxStatus.NoAddress)).Select(m => $"{m.Id} {m.Status} {m.LastError}")));
            await Task.Delay(200);
        }
    }

    private static string Address(string to) => AngleAddress().Match(to) is { Success: true } m ? m.Groups[1].Value : to.Trim();

    private static Dictionary<string, string> RosterEmails() =>
        File.ReadLines(RepositoryRoot.File("samples", "roster.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[16]);

    private static string[] RosterIdNumbers() =>
        [.. File.ReadLines(RepositoryRoot.File("samples", "roster.csv")).Skip(1).Select(l => l.Split(',')[2])];

    [GeneratedRegex(@"<([^>]+)>")]
    private static partial Regex AngleAddress();

    [GeneratedRegex(@"\d{17}[\dXx]")]
    private static partial Regex IdNumberLike();
}
