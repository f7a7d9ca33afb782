using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// Bulk persistence of a validated roster. Upserts by employee number inside one transaction together with the
/// audit records, so an import is all or nothing. The infrastructure uses a set-based path here because a yearly
/// roster has tens of thousands of rows.
/// </summary>
public interface IRosterStore
{
    Task<RosterImportSummary> UpsertAsync(Guid enterpriseId, IReadOnlyList<EmployeeRecord> records, string actor, IProgress<int>? progress, CancellationToken ct);
}
