using Enterprise.Eval.Domain.Cycles;
using static Enterprise.Eval.Domain.Tests.Cycles.CycleFixture;

namespace Enterprise.Eval.Domain.Tests.Cycles;

public sealed class EvaluationCycleNextStepTests
{
    [Fact]
    public void WhatIsNext_ForADraft_IsSchedulingWithNoInstant()
    {
        var next = NewDraft().WhatIsNext(Now)!;

        Assert.Equal(CycleStep.Schedule, next.Step);
        Assert.Null(next.DueAt);
        Assert.False(next.IsAutomatic);
    }

    [Fact]
    public void WhatIsNext_WhenScheduled_IsOpeningAtTheWindowInstant()
    {
        var next = Scheduled().WhatIsNext(Now)!;

        Assert.Equal(new NextStep(CycleStep.OpenWindow, CycleStatus.Open, China(2026, 6, 10, 9), true, false, false), next);
        Assert.Equal("下一步：开始报名，时间：2026年6月10日 9:00", next.ChineseText);
    }

    [Fact]
    public void WhatIsNext_InPublicity_IsConcludingAtTheEndOfTheLastDay() =>
        Assert.Equal(China(2026, 6, 25), At(CycleStatus.Publicity).WhatIsNext(Now)!.DueAt);

    [Fact]
    public void WhatIsNext_IsOverdue_WhenItsInstantHasPassed() =>
        Assert.True(Scheduled().WhatIsNext(China(2026, 6, 10, 9, 1))!.IsOverdue);

    [Fact]
    public void WhatIsNext_SaysPaused_WhenPaused()
    {
        var cycle = At(CycleStatus.Open);
        cycle.Pause(Now, Admin, "方案复核");

        Assert.Equal("已暂停。恢复后下一步：截止报名，时间：2026年6月13日 16:00", cycle.WhatIsNext(Now)!.ChineseText);
    }

    [Fact]
    public void WhatIsNext_WhenConcluded_IsCertifyingByHand() =>
        Assert.Equal((CycleStep.Certify, false), At(CycleStatus.Concluded).WhatIsNext(Now) is { } n ? (n.Step, n.IsAutomatic) : default);

    [Fact]
    public void WhatIsNext_IsNothing_OnceReported() =>
        Assert.Null(At(CycleStatus.Reported).WhatIsNext(Now));
}
