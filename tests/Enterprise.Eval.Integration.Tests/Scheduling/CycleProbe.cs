using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Audit;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>Reads a cycle's stored history and audit straight from the database, and waits (bounded) for a step.</summary>
internal static class CycleProbe
{
    public static async Task<Guid> CreateAsync(CycleHost host, string key, Guid schemeId)
    {
        var response = await host.Client(key).PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(schemeId));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<IReadOnlyList<CycleEvent>> HistoryAsync(CycleHost host, Guid cycleId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        return (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycleId)).History;
    }

    public static async Task<IReadOnlyList<AuditRecord>> AuditAsync(CycleHost host, Guid cycleId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        return await db.AuditRecords.AsNoTracking().Where(a => a.EntityId == cycleId.ToString()).ToListAsync();
    }

    /// <summary>Polls the stored history until <paramref name="kind"/> appears; fails after <paramref name="within"/>.</summary>
    public static async Task<IReadOnlyList<CycleEvent>> WaitForAsync(CycleHost host, Guid cycleId, CycleEventKind kind, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var history = await HistoryAsync(host, cycleId);
            if (history.Any(e => e.What == kind)) return history;
            if (watch.Elapsed > within)
                Assert.Fail($"{kind} not recorded within {within.TotalSeconds} s; history: {string.Join(", ", history.Select(e => e.What))}");
            await Task.Delay(200);
        }
    }
}
