using System.Net.Http.Json;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Pipeline;

/// <summary>
/// Issue 19 point 4 on the real service: a scheme with the 温州 template's publicity (`publicity: none`, seed 001 has no
/// 公示) runs its cycle from the review straight to the result, the recommended applicants confirmed without a notice.
/// </summary>
public sealed class SeedPublicityPipelineSpecs : IAsyncLifetime
{
    private PipelineJourney _journey = null!;

    /// <summary>The journey's scheme with the timetable section of the shipped 温州 template.</summary>
    internal static string WithTemplateSection(string pack, string file, string section) =>
        PipelineJourney.Scheme + "\n" + TemplateSection(pack, file, section);

    /// <summary>One top-level section of a shipped template, as written there (its comments dropped).</summary>
    internal static string TemplateSection(string pack, string file, string section)
    {
        var lines = File.ReadAllLines(RepositoryRoot.File("plugins", pack, "templates", file));
        var start = Array.FindIndex(lines, l => l.StartsWith(section + ":", StringComparison.Ordinal));
        Assert.True(start >= 0, $"{file} has no {section} section");
        var body = lines.Skip(start + 1).TakeWhile(l => l.StartsWith(' ') || l.Length == 0).Where(l => l.Length > 0);
        return string.Join("\n", new[] { lines[start] }.Concat(body)) + "\n";
    }

    public async Task InitializeAsync() =>
        _journey = await PipelineJourney.StartAsync(scheme: WithTemplateSection("Zhejiang", "wenzhou-direct-technician.yaml", "timetable"));

    public async Task DisposeAsync() => await _journey.DisposeAsync();

    [Fact]
    public async Task WenzhouCycle_HasNoPublicityStep_TheReviewsListIsConfirmedWhenTheReviewEnds()
    {
        await _journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var applications = new List<Guid>();
        foreach (var number in _journey.Applicants) applications.Add(await _journey.SubmitAsync(number));
        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);
        await _journey.ReviewEveryoneAsync(applications);
        (await _journey.Client.PostAsJsonAsync($"/api/cycles/{_journey.CycleId}/review/list", new { })).EnsureSuccessStatusCode();

        await _journey.StepToAsync(new DateOnly(2026, 6, 16), CycleStatus.Concluded);   // review ended 6月15日 17:00

        Assert.All(await _journey.StatusesAsync(), s => Assert.Equal(ApplicationStatus.Confirmed, s));
        await using var db = _journey.Database.NewContext();
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == _journey.CycleId);
        Assert.DoesNotContain(cycle.History, e => e.What == CycleEventKind.PublicityStarted);
        Assert.False(await db.PublicityNotices.AnyAsync(n => n.CycleId == _journey.CycleId));
        var kinds = await db.OutboxMessages.AsNoTracking().Select(m => m.Kind).ToListAsync();
        Assert.Equal(3, kinds.Count(k => k == MailEvent.ReviewOutcome));
        Assert.DoesNotContain(MailEvent.PublicityStarted, kinds);
        var confirmed = await db.AuditRecords.AsNoTracking().Where(r => r.Action == "application.confirmed").CountAsync();
        Assert.Equal(3, confirmed);
    }

    [Fact]
    public async Task CycleOfASchemeWithoutPublicity_NeedsNoPublicityStart_ButOneWithPublicityDoes()
    {
        var withoutPublicity = await _journey.Host.PublishedSchemeAsync(_journey.Key,
            WithTemplateSection("Zhejiang", "wenzhou-direct-senior.yaml", "timetable").Replace("id: pipeline-spec", "id: pipeline-spec-none", StringComparison.Ordinal));
        var withPublicity = await _journey.Host.PublishedSchemeAsync(_journey.Key,
            PipelineJourney.Scheme.Replace("id: pipeline-spec", "id: pipeline-spec-after-review", StringComparison.Ordinal));
        object Request(Guid schemeId) => new
        {
            schemeId, year = 2026, windowOpensAt = "2026-06-10 09:00", windowClosesAt = "2026-06-12 16:00", reviewEndsAt = "2026-06-15 17:00",
        };

        var created = await _journey.Client.PostAsJsonAsync("/api/cycles", Request(withoutPublicity));
        var refused = await _journey.Client.PostAsJsonAsync("/api/cycles", Request(withPublicity));

        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        Assert.False(refused.IsSuccessStatusCode);
        Assert.Contains(CycleErrors.PublicityStartMissing, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
