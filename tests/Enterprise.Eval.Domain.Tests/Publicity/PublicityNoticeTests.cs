using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Publicity;

namespace Enterprise.Eval.Domain.Tests.Publicity;

/// <summary>The publicity notice: objections only during the period, and an end held until every objection is resolved.</summary>
public sealed class PublicityNoticeTests
{
    // 00:00 Monday 2 March 2026 to 24:00 Friday 6 March 2026 China time: five working days.
    private static readonly DateTimeOffset Start = ChinaTime.StartOf(new DateOnly(2026, 3, 2));
    private static readonly DateTimeOffset End = ChinaTime.StartOf(new DateOnly(2026, 3, 7));
    private static readonly DateTimeOffset During = ChinaTime.At(new DateOnly(2026, 3, 4), new TimeOnly(10, 0));
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid();

    private static PublicityNotice Notice(bool realNameRequired = true) => PublicityNotice.Start(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "甲机械有限公司", SkillLevel.GrandTechnician, "token-0123456789",
        Start, End, new DateOnly(2026, 3, 2), 5, realNameRequired,
        [
            new PublicityEntry(A, Guid.NewGuid(), "张三", Gender.Male, "装配车间", "钳工", SkillLevel.GrandTechnician),
            new PublicityEntry(B, Guid.NewGuid(), "李梅", Gender.Female, "质量部", "电工", SkillLevel.GrandTechnician),
        ]);

    private static ObjectionSubmission Valid(Guid entry) => new(entry, "业绩材料与实际不符。", "王五", "wangwu@example.com");

    [Fact]
    public void PeriodText_StatesTheExplicitDatesAndWorkingDays()
    {
        Assert.Equal("公示时间：2026年3月2日至2026年3月6日（5个工作日）", Notice().PeriodText);
    }

    [Fact]
    public void ReceiveObjection_IsRecordedAndNumbered_WhenDuringThePeriod()
    {
        var notice = Notice();

        var first = notice.ReceiveObjection(Valid(A), During);
        var second = notice.ReceiveObjection(Valid(B), During.AddMinutes(5));

        Assert.True(first.Accepted);
        Assert.Equal([1, 2], notice.Objections.Select(o => o.Number));
        Assert.Equal("wangwu@example.com", second.Objection!.ObjectorContact);
    }

    [Theory]
    [InlineData(-1, PublicityErrors.NotStarted)]
    [InlineData(0, PublicityErrors.Ended)]
    public void ReceiveObjection_IsRefused_WhenOutsideThePeriod(int minutesFromEdge, string code)
    {
        var notice = Notice();
        var at = minutesFromEdge < 0 ? Start.AddMinutes(minutesFromEdge) : End.AddMinutes(minutesFromEdge);

        var receipt = notice.ReceiveObjection(Valid(A), at);

        Assert.Equal(code, Assert.Single(receipt.Errors).Code);
        Assert.Empty(notice.Objections);
    }

    [Fact]
    public void ReceiveObjection_ListsEveryMissingField_WhenRealNameRequired()
    {
        var receipt = Notice().ReceiveObjection(new ObjectionSubmission(Guid.NewGuid(), " ", null, ""), During);

        Assert.Equal([PublicityErrors.UnknownEntry, PublicityErrors.TextRequired, PublicityErrors.NameRequired, PublicityErrors.ContactRequired],
            receipt.Errors.Select(e => e.Code));
    }

    [Fact]
    public void ReceiveObjection_AcceptsAnonymous_WhenTheSchemeAllowsIt()
    {
        var receipt = Notice(realNameRequired: false).ReceiveObjection(new ObjectionSubmission(A, "有异议", null, null), During);

        Assert.True(receipt.Accepted);
        Assert.Null(receipt.Objection!.ObjectorName);
    }

    [Fact]
    public void Conclude_IsNotYetDue_BeforeTheEnd()
    {
        Assert.Equal(ConclusionOutcome.NotYetDue, Notice().Conclude(End.AddTicks(-1)).Outcome);
    }

    [Fact]
    public void Conclude_IsHeldWhileAnObjectionIsOpen_AndTheLastResolveConcludes()
    {
        var notice = Notice();
        notice.ReceiveObjection(Valid(A), During);
        notice.ReceiveObjection(Valid(B), During);

        var held = notice.Conclude(End);
        var again = notice.Conclude(End.AddHours(1));
        var afterFirst = notice.Resolve(1, upheld: true, "经核实，业绩材料不实。", End.AddHours(2), "hr");
        var afterLast = notice.Resolve(2, upheld: false, "经核实，反映情况不属实。", End.AddHours(3), "hr");

        Assert.Equal((ConclusionOutcome.Held, 2, true), (held.Outcome, held.OpenObjections, held.WasJustHeld));
        Assert.Contains("仍有2件异议未处理", held.Message);
        Assert.False(again.WasJustHeld);
        Assert.Equal(ConclusionOutcome.Held, afterFirst.Outcome);
        Assert.Equal(ConclusionOutcome.Concluded, afterLast.Outcome);
        Assert.Equal(PublicityStatus.Concluded, notice.Status);
        Assert.Equal([B], notice.ConfirmedEntries.Select(e => e.ApplicationId));
        Assert.Equal("经核实，业绩材料不实。", notice.Entries.Single(e => e.ApplicationId == A).RemovedReason);
    }

    [Fact]
    public void Resolve_DuringThePeriod_DoesNotConclude()
    {
        var notice = Notice();
        notice.ReceiveObjection(Valid(A), During);

        var result = notice.Resolve(1, upheld: false, "不属实", During.AddHours(1), "hr");

        Assert.Equal(ConclusionOutcome.NotYetDue, result.Outcome);
        Assert.Equal(PublicityStatus.Running, notice.Status);
    }

    [Fact]
    public void Resolve_Twice_IsABrokenInvariant()
    {
        var notice = Notice();
        notice.ReceiveObjection(Valid(A), During);
        notice.Resolve(1, upheld: false, "不属实", During, "hr");

        var ex = Assert.Throws<DomainException>(() => notice.Resolve(1, upheld: true, "改判", During, "hr"));

        Assert.Equal(PublicityErrors.AlreadyResolvedCode, ex.Code);
    }

    [Fact]
    public void Start_WithNoEntries_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => PublicityNotice.Start(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "甲", SkillLevel.GrandTechnician, "t", Start, End, new DateOnly(2026, 3, 2), 5, true, []));

        Assert.Equal(PublicityErrors.NoEntriesCode, ex.Code);
    }
}
