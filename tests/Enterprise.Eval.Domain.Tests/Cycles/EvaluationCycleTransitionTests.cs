using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using static Enterprise.Eval.Domain.Tests.Cycles.CycleFixture;

namespace Enterprise.Eval.Domain.Tests.Cycles;

public sealed class EvaluationCycleTransitionTests
{
    [Fact]
    public void Draft_StartsInDraft_WithADraftedEntry()
    {
        var cycle = NewDraft();

        Assert.Equal(CycleStatus.Draft, cycle.Status);
        Assert.Equal(CycleEventKind.Drafted, Assert.Single(cycle.History).What);
    }

    [Fact]
    public void Steps_MoveThroughEveryStatusInOrder_AndRecordEach()
    {
        var cycle = At(CycleStatus.Reported);

        Assert.Equal(CycleStatus.Reported, cycle.Status);
        Assert.Equal(
            [CycleStatus.Draft, CycleStatus.Scheduled, CycleStatus.Open, CycleStatus.Closed, CycleStatus.Reviewing,
             CycleStatus.Publicity, CycleStatus.Concluded, CycleStatus.Certified, CycleStatus.Reported],
            cycle.History.Select(e => e.To));
        // Issue 19: an enterprise-issued cycle has no 报送 (Submitted lies between Concluded and Certified), so the path,
        // not the enum, is the order: each step moves to the next status of the cycle's own path, listed above.
        Assert.All(cycle.History.Skip(1), e => Assert.True(e.To > e.From));
    }

    [Fact]
    public void AuthorityIssuedCycle_IsSubmittedBetweenTheResultAndTheCertificates()
    {
        var cycle = EvaluationCycle.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2026, Now, Admin,
            Domain.Certificates.CertificateIssuerKind.Authority);
        cycle.Schedule(Timetable(), Now, Admin);
        var t = cycle.Timetable!;
        cycle.OpenWindow(t.WindowOpensAt, Scheduler);
        cycle.CloseWindow(t.WindowClosesAt, Scheduler);
        cycle.StartReview(t.WindowClosesAt, Scheduler);
        cycle.StartPublicity(t.PublicityStartsAt, Scheduler);
        cycle.Conclude(t.PublicityEndsAt, Scheduler);

        Assert.Equal(new NextStep(CycleStep.Submit, CycleStatus.Submitted, null, false, false, false), cycle.WhatIsNext(t.PublicityEndsAt));
        Assert.Throws<Domain.Common.DomainException>(() => cycle.Certify(t.PublicityEndsAt, Admin));   // out of order: 报送 first
        cycle.Submit(t.PublicityEndsAt, Admin);
        Assert.Equal(CycleStep.Certify, cycle.WhatIsNext(t.PublicityEndsAt)!.Step);
        cycle.Certify(t.PublicityEndsAt, Admin);

        Assert.Equal([CycleStatus.Concluded, CycleStatus.Submitted, CycleStatus.Certified], cycle.History.TakeLast(3).Select(e => e.To));
    }

    [Fact]
    public void EnterpriseIssuedCycle_HasNoSubmitStep()
    {
        var cycle = At(CycleStatus.Concluded);

        var refused = Assert.Throws<Domain.Common.DomainException>(() => cycle.Submit(cycle.Timetable!.PublicityEndsAt, Admin));
        Assert.Equal(CycleErrors.NothingToSubmitCode, refused.Code);
        Assert.Equal(CycleStep.Certify, cycle.WhatIsNext(cycle.Timetable!.PublicityEndsAt)!.Step);
    }

    [Fact]
    public void OpenWindow_RecordsWhoWhenAndFromTo()
    {
        var cycle = Scheduled();
        var at = cycle.Timetable!.WindowOpensAt;

        var result = cycle.OpenWindow(at, Scheduler);

        Assert.Equal(StepOutcome.Done, result.Outcome);
        Assert.Equal(new CycleEvent(CycleEventKind.WindowOpened, CycleStatus.Scheduled, CycleStatus.Open, at, Scheduler), result.Event);
        Assert.Same(result.Event, cycle.History[^1]);
    }

    [Fact]
    public void CloseWindow_IsANoOp_WhenTakenTwice()
    {
        var cycle = At(CycleStatus.Closed);
        var entries = cycle.History.Count;

        var again = cycle.CloseWindow(cycle.Timetable!.WindowClosesAt.AddMinutes(5), Scheduler);

        Assert.Equal(StepOutcome.AlreadyDone, again.Outcome);
        Assert.False(again.Changed);
        Assert.Equal(entries, cycle.History.Count);
        Assert.Equal(CycleStatus.Closed, cycle.Status);
    }

    [Fact]
    public void OpenWindow_IsANoOp_WhenTheCycleIsAlreadyFurther() =>
        Assert.Equal(StepOutcome.AlreadyDone, At(CycleStatus.Publicity).OpenWindow(Now, Scheduler).Outcome);

    [Fact]
    public void Conclude_Throws_WhenPublicityHasNotStarted()
    {
        var cycle = At(CycleStatus.Reviewing);

        var error = Assert.Throws<DomainException>(() => cycle.Conclude(cycle.Timetable!.PublicityEndsAt, Scheduler));

        Assert.Equal(CycleErrors.OutOfOrderCode, error.Code);
        Assert.Contains("评审中", error.Message);
    }

    [Fact]
    public void OpenWindow_Throws_WhenTheCycleIsNotScheduled() =>
        Assert.Equal(CycleErrors.NotScheduledCode,
            Assert.Throws<DomainException>(() => NewDraft().OpenWindow(Now, Scheduler)).Code);

    [Fact]
    public void OpenWindow_IsNotYetDue_BeforeItsInstant()
    {
        var cycle = Scheduled();

        var result = cycle.OpenWindow(cycle.Timetable!.WindowOpensAt.AddMinutes(-1), Admin);

        Assert.Equal(StepOutcome.NotYetDue, result.Outcome);
        Assert.Equal(CycleStatus.Scheduled, cycle.Status);
    }

    [Fact]
    public void Conclude_IsNotYetDue_OnTheLastPublicityDay()
    {
        var cycle = At(CycleStatus.Publicity);

        var result = cycle.Conclude(China(2026, 6, 24, 23, 59), Admin);

        Assert.Equal(StepOutcome.NotYetDue, result.Outcome);
        Assert.Equal(CycleStatus.Publicity, cycle.Status);
    }

    [Fact]
    public void CloseWindow_RecordsLateBy_WhenFiredAfterItsInstant()
    {
        var cycle = At(CycleStatus.Open);

        var result = cycle.CloseWindow(cycle.Timetable!.WindowClosesAt.AddMinutes(90), Scheduler);

        Assert.Equal(TimeSpan.FromMinutes(90), result.Event!.LateBy);
    }

    [Fact]
    public void CloseWindow_RecordsNoLateBy_WhenFiredOnTime() =>
        Assert.Null(At(CycleStatus.Closed).History[^1].LateBy);

    [Fact]
    public void Certify_RecordsLateBy_AgainstTheDueDate()
    {
        var cycle = At(CycleStatus.Concluded);

        var result = cycle.Certify(cycle.Timetable!.CertificatesDueAt.AddDays(2), Admin);

        Assert.Equal(TimeSpan.FromDays(2), result.Event!.LateBy);
    }

    [Fact]
    public void Take_DispatchesToTheNamedStep()
    {
        var cycle = Scheduled();

        cycle.Take(CycleStep.OpenWindow, cycle.Timetable!.WindowOpensAt, Scheduler);

        Assert.Equal(CycleStatus.Open, cycle.Status);
    }

    [Fact]
    public void Take_Throws_ForScheduleWhichNeedsATimetable() =>
        Assert.Throws<ArgumentException>(() => NewDraft().Take(CycleStep.Schedule, Now, Admin));

    [Fact]
    public void Schedule_IsANoOp_WithTheSameTimetable()
    {
        var cycle = Scheduled();

        Assert.Equal(StepOutcome.AlreadyDone, cycle.Schedule(Timetable(), Now, Admin).Outcome);
        Assert.Equal(2, cycle.History.Count);
    }

    [Fact]
    public void Schedule_ReplacesTheTimetable_BeforeTheWindowOpens()
    {
        var cycle = Scheduled();
        var later = Timetable(Request with { WindowOpensAt = China(2026, 6, 11, 9) });

        var result = cycle.Schedule(later, Now, Admin);

        Assert.True(result.Changed);
        Assert.Equal(later, cycle.Timetable);
        Assert.Equal("重新排期", result.Event!.Note);
    }

    [Fact]
    public void Schedule_Throws_WithANewTimetable_OnceTheWindowIsOpen()
    {
        var cycle = At(CycleStatus.Open);
        var later = Timetable(Request with { WindowOpensAt = China(2026, 6, 11, 9) });

        Assert.Equal(CycleErrors.AlreadyRunningCode, Assert.Throws<DomainException>(() => cycle.Schedule(later, Now, Admin)).Code);
    }

    [Fact]
    public void Draft_Throws_WithoutAnEnterprise() =>
        Assert.Throws<ArgumentException>(() => EvaluationCycle.Draft(Guid.NewGuid(), Guid.Empty, Guid.NewGuid(), 2026, Now, Admin));
}
