using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>Creating and steering cycles through the API, on a real SQLite file with the durable scheduler running.</summary>
public sealed class CycleSpecs : OneEnterpriseSpecs
{
    /// <summary>Window 10–12 June 2026, review to the 15th, publicity from 00:00 on Tuesday the 16th (端午 19–21 June).</summary>
    public static object Timetable(Guid schemeId, int year = 2026, string closes = "2026-06-12 16:00", int? publicityWorkdays = null) => new
    {
        schemeId, year, windowOpensAt = "2026-06-10 09:00", windowClosesAt = closes, reviewEndsAt = "2026-06-15 17:00",
        publicityStartsAt = "2026-06-16 00:00", publicityWorkdays,
    };

    [Fact]
    public async Task Create_FromPublishedScheme_SchedulesWithPublicityEndFromTheWorkingDayCalendar()
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, SchemeTexts.Binzhou());

        var response = await Client.PostAsJsonAsync("/api/cycles", Timetable(schemeId));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync()
            + string.Join("\n", Host.Logs.Entries.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(l => l.Message + l.Exception)));
        var cycle = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Scheduled", cycle.GetProperty("status").GetString());
        var timetable = cycle.GetProperty("timetable");
        Assert.Equal("2026-06-10T09:00:00+08:00", timetable.GetProperty("windowOpensAt").GetString());
        Assert.Equal("2026年6月10日 9:00", timetable.GetProperty("windowOpensAtText").GetString());
        // 16, 17, 18, then 端午 19–21, then 22 and 23 June: five working days.
        Assert.Equal("2026年6月23日 24:00", timetable.GetProperty("publicityEndsAtText").GetString());
        Assert.Equal("2026-06-24T00:00:00+08:00", timetable.GetProperty("publicityEndsAt").GetString());
        Assert.Equal(5, timetable.GetProperty("publicityWorkdays").GetInt32());
        Assert.Contains("开始报名", cycle.GetProperty("next").GetString());
        Assert.Equal(["Drafted", "Scheduled"], cycle.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("what").GetString()));
    }

    [Fact]
    public async Task Create_ThenShow_ReadsBackFromTheDatabaseWithItsTrigger()
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, SchemeTexts.Jiangsu());
        var id = (await (await Client.PostAsJsonAsync("/api/cycles", Timetable(schemeId))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var shown = await Client.GetFromJsonAsync<JsonElement>($"/api/cycles/{id}");
        var listed = (await Client.GetFromJsonAsync<JsonElement>("/api/cycles")).GetProperty("items").EnumerateArray();

        Assert.Equal("2026年6月12日 16:00", shown.GetProperty("timetable").GetProperty("windowClosesAtText").GetString());
        Assert.Equal(ChinaTime.At(new DateOnly(2026, 6, 10), new TimeOnly(9, 0)), shown.GetProperty("nextDueAt").GetDateTimeOffset());
        Assert.Empty(shown.GetProperty("applications").EnumerateObject());
        Assert.Equal(id, Assert.Single(listed).GetProperty("id").GetGuid());
        var triggers = await Host.Services.CreateScope().ServiceProvider.GetRequiredService<Application.Cycles.ITimetableScheduler>().ListAsync(default);
        Assert.Contains(triggers, t => t.CycleId == id && t.Step == Domain.Cycles.CycleStep.OpenWindow);
    }

    [Fact]
    public async Task Create_WithBadTimetable_IsRefusedWithEveryFindingAndStoresNothing()
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, SchemeTexts.Binzhou());

        var response = await Client.PostAsJsonAsync("/api/cycles", Timetable(schemeId, closes: "2026-06-09 16:00", publicityWorkdays: 3));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var codes = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("EVAL-CYCLE-003", codes);
        Assert.Contains("EVAL-CYCLE-008", codes);
        Assert.Empty((await Client.GetFromJsonAsync<JsonElement>("/api/cycles")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Create_WithYearOtherThanTheSchemes_IsRefused()
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, SchemeTexts.Binzhou());

        var response = await Client.PostAsJsonAsync("/api/cycles", Timetable(schemeId, year: 2027));

        Assert.Equal("EVAL-CYCLE-031", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Create_ForSuspendedEnterprise_IsRefused()
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, SchemeTexts.Binzhou());
        (await Host.Client(CycleHost.AdminKey).PostAsync($"/api/admin/enterprises/{EnterpriseId}/suspend", null)).EnsureSuccessStatusCode();

        var response = await Client.PostAsJsonAsync("/api/cycles", Timetable(schemeId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("EVAL-ENT-021", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PauseResumeAndExtend_AreRecordedInHistoryAndAudit()
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, SchemeTexts.Binzhou());
        var id = (await (await Client.PostAsJsonAsync("/api/cycles", Timetable(schemeId))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await PostOkAsync($"/api/cycles/{id}/pause", new { reason = "等待上级批复" });
        var whilePaused = await TriggersAsync(id);
        await PostOkAsync($"/api/cycles/{id}/resume");
        var afterResume = await TriggersAsync(id);
        Clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 10), new TimeOnly(9, 30)));
        await PostOkAsync($"/api/cycles/{id}/advance");
        var extended = await PostOkAsync($"/api/cycles/{id}/extend", new { windowClosesAt = "2026-06-13 16:00" });

        Assert.Empty(whilePaused);
        Assert.Equal(Domain.Cycles.CycleStep.OpenWindow, Assert.Single(afterResume).Step);
        var close = Assert.Single(await TriggersAsync(id));
        Assert.Equal((Domain.Cycles.CycleStep.CloseWindow, ChinaTime.At(new DateOnly(2026, 6, 13), new TimeOnly(16, 0))), (close.Step, close.At));

        Assert.Equal("2026年6月13日 16:00", extended.GetProperty("cycle").GetProperty("timetable").GetProperty("windowClosesAtText").GetString());
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        var actions = (await db.AuditRecords.Where(a => a.EntityId == id.ToString()).ToListAsync()).OrderBy(a => a.Id).Select(a => a.Action);
        Assert.Equal(["cycle.Drafted", "cycle.Scheduled", "cycle.Paused", "cycle.Resumed", "cycle.WindowOpened", "cycle.WindowExtended"], actions);
    }

    [Fact]
    public async Task Cycle_OfAnotherEnterprise_IsNotFound()
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, SchemeTexts.Binzhou());
        var id = (await (await Client.PostAsJsonAsync("/api/cycles", Timetable(schemeId))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (_, otherKey) = await Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");

        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client(otherKey).GetAsync($"/api/cycles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client(otherKey).PostAsync($"/api/cycles/{id}/pause", null)).StatusCode);
    }

    private async Task<IReadOnlyList<Application.Cycles.ScheduledTrigger>> TriggersAsync(Guid cycleId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<Application.Cycles.ITimetableScheduler>().ListAsync(default);
        return all.Where(t => t.CycleId == cycleId).ToList();
    }

    private async Task<JsonElement> PostOkAsync(string path, object? body = null)
    {
        var response = body is null ? await Client.PostAsync(path, null) : await Client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
