using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using static Enterprise.Eval.Domain.Tests.Cycles.CycleFixture;

namespace Enterprise.Eval.Domain.Tests.Cycles;

public sealed class EvaluationCyclePauseAndExtendTests
{
    [Fact]
    public void OpenWindow_DoesNothing_WhilePaused()
    {
        var cycle = Scheduled();
        cycle.Pause(Now, Admin, "方案复核");

        var result = cycle.OpenWindow(cycle.Timetable!.WindowOpensAt, Scheduler);

        Assert.Equal(StepOutcome.Paused, result.Outcome);
        Assert.Equal(CycleStatus.Scheduled, cycle.Status);
    }

    [Fact]
    public void OpenWindow_IsTakenLate_AfterResume()
    {
        var cycle = Scheduled();
        var opens = cycle.Timetable!.WindowOpensAt;
        cycle.Pause(Now, Admin, "方案复核");
        cycle.Resume(opens.AddHours(2), Admin);

        var result = cycle.OpenWindow(opens.AddHours(2), Scheduler);

        Assert.Equal(CycleStatus.Open, cycle.Status);
        Assert.Equal(TimeSpan.FromHours(2), result.Event!.LateBy);
    }

    [Fact]
    public void Pause_RecordsReason_AndIsANoOpTheSecondTime()
    {
        var cycle = At(CycleStatus.Open);

        var first = cycle.Pause(Now, Admin, "方案复核");
        var second = cycle.Pause(Now, Admin, "方案复核");

        Assert.True(cycle.IsPaused);
        Assert.Equal(new CycleEvent(CycleEventKind.Paused, CycleStatus.Open, CycleStatus.Open, Now, Admin, null, "方案复核"), first.Event);
        Assert.Equal(StepOutcome.AlreadyDone, second.Outcome);
    }

    [Fact]
    public void Resume_IsANoOp_WhenNotPaused() =>
        Assert.Equal(StepOutcome.AlreadyDone, Scheduled().Resume(Now, Admin).Outcome);

    [Fact]
    public void Pause_Throws_ForADraft() =>
        Assert.Equal(CycleErrors.CannotPauseCode, Assert.Throws<DomainException>(() => NewDraft().Pause(Now, Admin, "x")).Code);

    [Fact]
    public void ExtendWindow_MovesTheClose_RecordsItAndAsksToNotifyApplicantsAndReviewers()
    {
        var cycle = At(CycleStatus.Open);
        var at = China(2026, 6, 12, 10);

        var extension = cycle.ExtendWindow(China(2026, 6, 14, 16), TimetableRules.Default, at, Admin);

        Assert.True(extension.Changed);
        Assert.Equal(CycleAudience.Applicants | CycleAudience.Reviewers, extension.Notify);
        Assert.Equal(China(2026, 6, 14, 16), cycle.Timetable!.WindowClosesAt);
        Assert.Equal(CycleEventKind.WindowExtended, cycle.History[^1].What);
        Assert.Equal("报名截止由2026年6月13日 16:00延长至2026年6月14日 16:00", cycle.History[^1].Note);
    }

    [Fact]
    public void ExtendWindow_IsANoOp_WithTheSameClose()
    {
        var cycle = At(CycleStatus.Open);
        cycle.ExtendWindow(China(2026, 6, 14, 16), TimetableRules.Default, China(2026, 6, 12, 10), Admin);
        var entries = cycle.History.Count;

        var again = cycle.ExtendWindow(China(2026, 6, 14, 16), TimetableRules.Default, China(2026, 6, 12, 11), Admin);

        Assert.Equal(StepOutcome.AlreadyDone, again.Result.Outcome);
        Assert.Equal(CycleAudience.None, again.Notify);
        Assert.Equal(entries, cycle.History.Count);
    }

    [Fact]
    public void ExtendWindow_IsRefused_WhenTheNewCloseIsEarlier()
    {
        var cycle = At(CycleStatus.Open);

        var extension = cycle.ExtendWindow(China(2026, 6, 12, 16), TimetableRules.Default, China(2026, 6, 11, 10), Admin);

        Assert.Equal(StepOutcome.Refused, extension.Result.Outcome);
        Assert.Contains(CycleErrors.ExtensionNotLater, extension.Result.Problems.Select(p => p.Code));
        Assert.Equal(China(2026, 6, 13, 16), cycle.Timetable!.WindowClosesAt);
    }

    [Fact]
    public void ExtendWindow_IsRefused_WhenItLeavesTooLittleReviewTime()
    {
        var cycle = At(CycleStatus.Open);

        var extension = cycle.ExtendWindow(China(2026, 6, 16, 9), TimetableRules.Default, China(2026, 6, 12, 10), Admin);

        Assert.Equal([CycleErrors.ReviewTooShort], extension.Result.Problems.Select(p => p.Code));
        Assert.Equal(CycleAudience.None, extension.Notify);
    }

    [Fact]
    public void ExtendWindow_Throws_WhenTheWindowIsNotOpen() =>
        Assert.Equal(CycleErrors.CannotExtendCode, Assert.Throws<DomainException>(() =>
            At(CycleStatus.Closed).ExtendWindow(China(2026, 6, 14, 16), TimetableRules.Default, Now, Admin)).Code);
}
