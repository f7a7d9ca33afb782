using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Domain.Tests.Certificates;

public sealed class ExportAcceptanceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(8));

    private static ExportBatch Batch(string adapter, ExportSubject subject, bool accepted, int minutes = 0)
    {
        var batch = ExportBatch.Record(Guid.Empty, Guid.Empty, adapter, 3, new string('a', 64), Noon.AddMinutes(minutes), "hr", subject);
        if (accepted) batch.Accept(Noon.AddMinutes(minutes + 1), "hr");
        return batch;
    }

    [Fact]
    public void AnEarlierListStillAwaitingItsAnswer_DoesNotHoldBackTheResults()
    {
        var batches = new[]
        {
            Batch("jiangsu-publicity", ExportSubject.RecommendedCandidates, accepted: false),
            Batch("national", ExportSubject.Certificates, accepted: true, minutes: 10),
        };

        Assert.True(ExportAcceptance.AllAccepted(batches));
    }

    [Fact]
    public void OnlyListsAndNoCertificateFile_IsNotAccepted()
    {
        var batches = new[] { Batch("wenzhou-summary", ExportSubject.Applicants, accepted: true) };

        Assert.False(ExportAcceptance.AllAccepted(batches));
    }

    [Fact]
    public void EachResultsAdaptersLatestBatchDecides()
    {
        var batches = new[]
        {
            Batch("national", ExportSubject.Certificates, accepted: true),
            Batch("national", ExportSubject.Certificates, accepted: false, minutes: 5),
        };

        Assert.False(ExportAcceptance.AllAccepted(batches));
    }
}
