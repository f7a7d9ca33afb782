using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>Loads a cycle of the caller's enterprise with its scheme and window; another enterprise's cycle is not found.</summary>
public sealed class ApplicationCycles(IEvalDbContext db)
{
    public async Task<ApplicationCycle> LoadAsync(Guid enterpriseId, Guid cycleId, CancellationToken ct)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId && c.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("评价周期", cycleId.ToString());
        return await WithSchemeAsync(cycle, ct);
    }

    public async Task<ApplicationCycle> LoadAsync(Guid cycleId, CancellationToken ct)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct)
            ?? throw new NotFoundException("评价周期", cycleId.ToString());
        return await WithSchemeAsync(cycle, ct);
    }

    private async Task<ApplicationCycle> WithSchemeAsync(Domain.Cycles.EvaluationCycle cycle, CancellationToken ct)
    {
        if (cycle.Timetable is null)
            throw new DomainException(ApplicationErrors.NotScheduled, "该评价周期尚未排期，不能申报");
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var scheme = StoredSchemes.Of(document)
            ?? throw new InvalidOperationException($"Stored scheme {document.Id} no longer parses.");
        return new ApplicationCycle(cycle, document, scheme,
            new ApplicationWindow(cycle.Timetable.WindowOpensAt, cycle.Timetable.WindowClosesAt));
    }
}
