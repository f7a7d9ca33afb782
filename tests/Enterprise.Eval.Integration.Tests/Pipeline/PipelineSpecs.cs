using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Pipeline;

/// <summary>
/// An application's whole journey through one cycle, driven by the scheduler's steps and HR's API calls: screened at
/// the close, reviewed, published, objected to, confirmed and certified.
/// </summary>
public sealed class PipelineSpecs : IAsyncLifetime
{
    private PipelineJourney _journey = null!;

    public async Task InitializeAsync() => _journey = await PipelineJourney.StartAsync();

    public async Task DisposeAsync() => await _journey.DisposeAsync();

    [Fact]
    public async Task ThreeSeniorTechnicians_AreScreenedReviewedPublishedAndCertified_ExceptTheOneAnUpheldObjectionRemoves()
    {
        await _journey.RunWholeCycleAsync();

        var statuses = await _journey.StatusesAsync();
        Assert.Equal(1, statuses.Count(s => s == ApplicationStatus.Disqualified));   // removed after the upheld objection
        Assert.Equal(2, statuses.Count(s => s == ApplicationStatus.Certified));
        await using var db = _journey.Database.NewContext();
        var numbers = await db.Certificates.Where(c => c.CycleId == _journey.CycleId).Select(c => c.Number).ToListAsync();
        Assert.Equal(2, numbers.Count);
        Assert.All(numbers, n => Assert.Equal('T', n.Value[15]));
        Assert.Equal(CycleStatus.Certified, (await db.Cycles.SingleAsync(c => c.Id == _journey.CycleId)).Status);

        // Every step told the people it concerns (issue 8): counted by event in the outbox, one row per recipient.
        var mails = (await db.OutboxMessages.AsNoTracking().ToListAsync()).GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => g.ToList());
        Assert.True(mails[MailEvent.WindowOpened].Count >= 3, "the window is announced to (at least) the eligible senior technicians");
        Assert.Equal(mails[MailEvent.WindowOpened].Count, mails[MailEvent.WindowExtended].Count);   // the applicants were all announced to
        Assert.Equal(3, mails[MailEvent.ApplicationReceived].Count);
        Assert.Equal(3, mails[MailEvent.ScreeningVerdict].Count(m => m.DedupKey.Contains(":close")));
        Assert.Equal(3, mails[MailEvent.ReviewOutcome].Count);
        Assert.Equal(3, mails[MailEvent.PublicityStarted].Count);
        Assert.DoesNotContain(mails.Values.SelectMany(m => m), m => m.RecipientAddress == PipelineJourney.ObjectorEmail);   // the objector's address is unproven
        Assert.Equal(2, mails[MailEvent.CertificateIssued].Count);
        Assert.Single(mails[MailEvent.Disqualified]);   // the applicant the upheld objection removed
        Assert.False(mails.ContainsKey(MailEvent.HrDigest), "an enterprise without an HR contact gets no digest");
        Assert.DoesNotMatch(@"\d{17}[\dX]", string.Concat(mails.Values.SelectMany(m => m).Select(m => m.TextBody + m.HtmlBody)));
    }
}
