namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// Whether the province has accepted a cycle's certificates: there is at least one batch, and each adapter's latest
/// batch is accepted (a rejected file is superseded by the adapter's next export). Latest is by export instant, then by
/// id, so two batches exported at the same instant are ordered the same way on every database. Only the results
/// count: a recommended list or an applicants' table sent earlier in the cycle is answered in its own right and does not
/// hold back the cycle's end.
/// </summary>
public static class ExportAcceptance
{
    public static bool AllAccepted(IReadOnlyCollection<ExportBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var results = batches.Where(b => b.Subject == ExportSubject.Certificates).ToList();
        return results.Count > 0 && results.GroupBy(b => b.AdapterName, StringComparer.Ordinal)
            .All(g => g.OrderBy(b => b.ExportedAt).ThenBy(b => b.Id).Last().Status == ExportBatchStatus.Accepted);
    }
}
