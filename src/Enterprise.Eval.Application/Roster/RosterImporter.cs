using Enterprise.Eval.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// HR's roster import: validate the whole file (and its ID numbers against the stored roster), then upsert every row in
/// one transaction, or change nothing.
/// </summary>
public sealed class RosterImporter(IEvalDbContext db, IRosterStore store)
{
    public Task<RosterImportResult> ImportAsync(Guid enterpriseId, byte[] file, string? encoding, string actor, IProgress<int>? progress = null, CancellationToken ct = default) =>
        ImportAsync(enterpriseId, () => RosterFile.Parse(file, encoding, progress), actor, progress, ct);

    /// <summary>The file read as it streams (see <see cref="RosterFile.Parse(Stream, string?, IProgress{int}?)"/>): a seekable file or spooled upload.</summary>
    public Task<RosterImportResult> ImportAsync(Guid enterpriseId, Stream seekableFile, string? encoding, string actor, IProgress<int>? progress = null, CancellationToken ct = default) =>
        ImportAsync(enterpriseId, () => RosterFile.Parse(seekableFile, encoding, progress), actor, progress, ct);

    private async Task<RosterImportResult> ImportAsync(Guid enterpriseId, Func<RosterParseResult> parse, string actor, IProgress<int>? progress, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
        var parsed = parse();
        if (!parsed.IsValid) return new RosterImportResult(null, parsed.Errors);
        var stored = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId)
            .Select(e => new { e.EmployeeNumber, e.IdNumber }).ToListAsync(ct);
        var taken = RosterIdentityCheck.Check(parsed.Records, stored.Select(e => (e.EmployeeNumber, e.IdNumber)));
        if (taken.Count > 0) return new RosterImportResult(null, taken);
        var summary = await store.UpsertAsync(enterpriseId, parsed.Records, actor, progress, ct);
        return new RosterImportResult(summary, []) { Notices = parsed.Notices };
    }
}
