using Enterprise.Eval.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Roster;

/// <summary>HR's roster import: validate the whole file, then upsert every row in one transaction, or change nothing.</summary>
public sealed class RosterImporter(IEvalDbContext db, IRosterStore store)
{
    public async Task<RosterImportResult> ImportAsync(Guid enterpriseId, byte[] file, string? encoding, string actor, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
        var parsed = RosterFile.Parse(file, encoding, progress);
        if (!parsed.IsValid) return new RosterImportResult(null, parsed.Errors);
        var summary = await store.UpsertAsync(enterpriseId, parsed.Records, actor, progress, ct);
        return new RosterImportResult(summary, []);
    }
}
