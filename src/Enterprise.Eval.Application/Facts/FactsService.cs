using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// HR's facts file stored per enterprise and employee, and read back for screening. An import replaces, for each
/// employee in the file, the kinds of records the file has for that employee; other kinds and other employees stay.
/// </summary>
public sealed class FactsService(IEvalDbContext db, FactsCsvImporter importer, AuditTrail audit, TimeProvider clock)
{
    public Task<FactsStoreResult> ImportAsync(Guid enterpriseId, byte[] file, string? encoding, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ImportAsync(enterpriseId, () => importer.Import(file, encoding), actor, ct);
    }

    /// <summary>The file read as it streams from a seekable file or spooled upload (the HTTP import).</summary>
    public Task<FactsStoreResult> ImportAsync(Guid enterpriseId, Stream seekableFile, string? encoding, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(seekableFile);
        return ImportAsync(enterpriseId, () => importer.Import(seekableFile, encoding), actor, ct);
    }

    private async Task<FactsStoreResult> ImportAsync(Guid enterpriseId, Func<FactsImportResult> parse, string actor, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
        var parsed = parse();
        if (!parsed.IsValid) return new FactsStoreResult(0, 0, parsed.Errors);

        var numbers = parsed.ByEmployee.Keys.ToList();
        var existing = await db.FactRecords.Where(r => r.EnterpriseId == enterpriseId && numbers.Contains(r.EmployeeNumber)).ToListAsync(ct);
        var byKey = existing.ToDictionary(r => (r.EmployeeNumber, r.Category));
        var now = clock.GetUtcNow();
        int replaced = 0, added = 0;
        foreach (var (number, records) in parsed.ByEmployee)
        {
            foreach (var (category, payload) in FactRecordPayload.Split(records))
            {
                // Rewritten in place rather than deleted and re-added: the unique key would otherwise collide in one SaveChanges.
                if (byKey.TryGetValue((number, category), out var row)) { row.Replace(payload, now, actor); replaced++; }
                else { db.FactRecords.Add(new StoredFactRecord(enterpriseId, number, category, payload, now, actor)); added++; }
            }
        }
        // Employee numbers only: the audit never holds the facts themselves.
        audit.Record(enterpriseId, actor, "facts.imported", nameof(StoredFactRecord), enterpriseId.ToString(), null,
            new { Employees = numbers.Count, Added = added, Replaced = replaced });
        await db.SaveChangesAsync(ct);
        return new FactsStoreResult(numbers.Count, replaced, []) { Notices = parsed.Notices };
    }

    /// <summary>The stored records of some employees (all of the enterprise when <paramref name="employeeNumbers"/> is null).</summary>
    public async Task<IReadOnlyDictionary<string, EmployeeFactRecords>> LoadAsync(Guid enterpriseId, IReadOnlyCollection<string>? employeeNumbers, CancellationToken ct = default)
    {
        var query = db.FactRecords.AsNoTracking().Where(r => r.EnterpriseId == enterpriseId);
        if (employeeNumbers is not null) query = query.Where(r => employeeNumbers.Contains(r.EmployeeNumber));
        var rows = await query.ToListAsync(ct);
        var result = new Dictionary<string, EmployeeFactRecords>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.EmployeeNumber, StringComparer.Ordinal))
            result[group.Key] = FactRecordPayload.Join(group.Key, group)!;
        return result;
    }

    public async Task<EmployeeFactRecords?> ForEmployeeAsync(Guid enterpriseId, string employeeNumber, CancellationToken ct = default) =>
        (await LoadAsync(enterpriseId, [employeeNumber], ct)).GetValueOrDefault(employeeNumber);
}
