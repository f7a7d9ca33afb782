using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Domain.Tests.Schemes;
using Microsoft.Extensions.Logging.Abstractions;
using static Enterprise.Eval.Domain.Tests.Cycles.CycleFixture;

namespace Enterprise.Eval.Domain.Tests.Cycles;

/// <summary>
/// Issue 19 point 4: publicity as each seed says. 温州 (001) has none, so its cycle concludes when the review ends,
/// unless the enterprise adds one to its scheme; 福建 (000 三(二)) and 南通 (002 二(五)) hold the unit's publicity with
/// the length the scheme states; 江苏 and 滨州 keep theirs (不少于5个工作日).
/// </summary>
public sealed class SeedPublicitySpecs
{
    private const string WenzhouPath = "plugins/Zhejiang/templates/wenzhou-direct-technician.yaml";

    private readonly InMemoryCycleRepository _repository = new();
    private readonly InMemoryTimetableScheduler _triggers = new();
    private readonly ManualClock _clock = new(Now);
    private readonly CycleScheduler _scheduler;

    public SeedPublicitySpecs() =>
        _scheduler = new CycleScheduler(_repository, _triggers, new CycleStepRunner(_repository, [], NullLogger<CycleStepRunner>.Instance), _clock, NullLogger<CycleScheduler>.Instance);

    private EvaluationCycle ScheduledFor(Scheme scheme)
    {
        var plan = CycleTimetable.Plan(Request, scheme.Timetable, ChinaCalendar, Now);
        Assert.True(plan.IsValid, string.Join("；", plan.Issues));
        var cycle = NewDraft();
        cycle.Schedule(plan.Timetable!, Now, Admin);
        _repository.Add(cycle);
        return cycle;
    }

    [Fact]
    public async Task WenzhouCycle_HasNoPublicityStep_AndConcludesWhenTheReviewEnds()
    {
        var cycle = ScheduledFor(RepoFiles.LoadScheme(WenzhouPath));
        _clock.Now = China(2026, 6, 13, 16);
        await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        var next = cycle.WhatIsNext(_clock.Now)!;
        Assert.Equal(CycleStep.Conclude, next.Step);
        Assert.Equal(China(2026, 6, 16, 17), next.DueAt);   // the review's end, not a publicity's

        _clock.Now = China(2026, 6, 16, 17);
        await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Equal(CycleStatus.Concluded, cycle.Status);
        Assert.DoesNotContain(cycle.History, e => e.What == CycleEventKind.PublicityStarted);
        Assert.Equal(
            [CycleEventKind.Drafted, CycleEventKind.Scheduled, CycleEventKind.WindowOpened, CycleEventKind.WindowClosed,
             CycleEventKind.ReviewStarted, CycleEventKind.Concluded],
            cycle.History.Select(e => e.What));
        Assert.Equal("方案不设公示", cycle.Timetable!.PublicityText);
        var refused = Assert.Throws<DomainException>(() => cycle.StartPublicity(_clock.Now, Admin));
        Assert.Equal(CycleErrors.NoPublicityCode, refused.Code);
    }

    [Fact]
    public async Task WenzhouCycle_HasThePublicity_TheSchemeAdds()
    {
        var text = RepoFiles.Read(WenzhouPath).Replace("  publicity: none\n", "  publicity: after-review\n  publicityMinWorkingDays: 5\n", StringComparison.Ordinal);
        var parsed = SchemeFileParser.Parse(text, "wenzhou-with-publicity.yaml");
        Assert.True(parsed.IsValid, string.Join("；", parsed.Errors));
        var cycle = ScheduledFor(parsed.Scheme!);

        _clock.Now = China(2026, 6, 17);
        await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Equal(CycleStatus.Publicity, cycle.Status);
        Assert.Contains(cycle.History, e => e.What == CycleEventKind.PublicityStarted);
        Assert.Equal(CycleStep.Conclude, cycle.WhatIsNext(_clock.Now)!.Step);
    }

    [Theory]
    [InlineData("plugins/Fujian/templates/fujian-senior-technician.yaml", PublicityKind.UnitBeforeRecommendation)]
    [InlineData("plugins/Jiangsu/templates/nantong-senior-technician.yaml", PublicityKind.UnitBeforeRecommendation)]
    [InlineData("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml", PublicityKind.AfterReview)]
    [InlineData("plugins/Shandong/templates/binzhou-grand-technician.yaml", PublicityKind.AfterReview)]
    [InlineData("plugins/Zhejiang/templates/wenzhou-direct-senior.yaml", PublicityKind.None)]
    [InlineData(WenzhouPath, PublicityKind.None)]
    public void EachTemplate_StatesItsSeedsPublicity(string path, PublicityKind kind)
    {
        var rules = RepoFiles.LoadScheme(path).Timetable;

        Assert.Equal(kind, rules.Publicity);
        if (kind != PublicityKind.None) Assert.Equal(5, rules.MinimumPublicityWorkdays);
    }

    [Fact]
    public void UnitPublicity_WithoutItsLength_IsRefused_ForTheSeedStatesNone()
    {
        var text = RepoFiles.Read("plugins/Fujian/templates/fujian-senior-technician.yaml")
            .Replace("  publicityMinWorkingDays: 5      # LIMIT: 000 三(二) 公示 has no length in the seed\n", "", StringComparison.Ordinal);

        var parsed = SchemeFileParser.Parse(text, "fujian.yaml");

        Assert.False(parsed.IsValid);
        Assert.Contains(parsed.Errors, e => e.Code == SchemeErrorCodes.MissingKey && e.Message.Contains("publicityMinWorkingDays", StringComparison.Ordinal));
    }
}
