using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// The database side of gapless serials: one issuing transaction (retried as a whole on lock contention) and, inside
/// it, the reservation of serials for a scope. The reservation locks the scope's counter until the transaction ends,
/// so a second issuer waits instead of taking the same serial, and a rolled-back transaction gives its serials back.
/// </summary>
public interface ICertificateSerialStore
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it. On lock contention (SQLITE_BUSY, PostgreSQL
    /// serialization failure or deadlock) the change tracker is cleared and the whole work runs again, a bounded
    /// number of times with backoff. The work must call <see cref="ReserveAsync"/> before it reads anything.
    /// </summary>
    Task<T> InIssuingTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>Takes <paramref name="count"/> serials of the scope; returns the last one (the first is last − count + 1).</summary>
    Task<int> ReserveAsync(CertificateSerialScope scope, int count, CancellationToken cancellationToken = default);
}
