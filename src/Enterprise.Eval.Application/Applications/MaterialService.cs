using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// Materials of an application: upload (checked for type by extension and content, and size, then stored by hash,
/// never overwriting) and HR's review per item. A returned item can be replaced while the window is open.
/// </summary>
public sealed class MaterialService(
    IEvalDbContext db, ApplicationCycles cycles, ApplicationService applications, IMaterialStore store, TimeProvider clock)
{
    public async Task<MaterialFile> UploadAsync(
        Guid enterpriseId, Guid cycleId, Guid applicationId, string itemCode, string fileName, ReadOnlyMemory<byte> content, string actor,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var context = await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var application = await applications.FindAsync(enterpriseId, cycleId, applicationId, ct);
        var rules = context.Scheme.Materials;
        var item = rules.Items.FirstOrDefault(i => string.Equals(i.Code, itemCode.Trim(), StringComparison.Ordinal))
            ?? throw new DomainException(ApplicationErrors.UnknownMaterial,
                $"方案未列出材料“{itemCode}”；可上传：{string.Join("、", rules.Items.Select(i => $"{i.Code}（{i.Name}）"))}");
        if (item.Occupations.Count > 0)
        {
            var employee = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == application.EmployeeId, ct);
            if (!item.Occupations.Any(o => o == employee.OccupationName || o == employee.WorkType || o == employee.OccupationCode))
                throw new DomainException(ApplicationErrors.MaterialNotForOccupation, $"“{item.Name}”仅由{string.Join("、", item.Occupations)}工种的申报人提交");
        }
        var name = Path.GetFileName(fileName.Trim());
        if (MaterialCheck.Problem(item, name, content.Span) is { } problem)
            throw problem;

        // Checked before anything is written, so a refused upload leaves no file behind.
        var now = clock.GetUtcNow();
        context.Window.EnsureOpenAt(now);
        var sha = await store.SaveAsync(content, ct);
        var file = application.AddMaterial(item, name, sha, content.Length, rules, context.Window, now);
        db.MaterialFiles.Add(file);
        await db.SaveChangesAsync(actor, ct);   // MaterialUploaded: its audit
        return file;
    }

    public async Task<MaterialFile> ReviewAsync(
        Guid enterpriseId, Guid cycleId, Guid applicationId, Guid materialId, bool accepted, string? reason, string actor, CancellationToken ct = default)
    {
        var context = await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var application = await applications.FindAsync(enterpriseId, cycleId, applicationId, ct);
        var now = clock.GetUtcNow();
        var file = application.ReviewMaterial(materialId, accepted, reason, context.Scheme.Materials, now, actor);
        // MaterialReviewed: its audit, and a returned item's mail with the last day to send it again.
        await db.SaveChangesAsync(actor, ct);
        return file;
    }
}
