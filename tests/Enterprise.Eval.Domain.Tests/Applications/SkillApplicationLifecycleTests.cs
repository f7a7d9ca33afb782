using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using static Enterprise.Eval.Domain.Tests.Applications.ApplicationFixture;

namespace Enterprise.Eval.Domain.Tests.Applications;

public sealed class SkillApplicationLifecycleTests
{
    private static Verdict VerdictOf(VerdictKind kind) =>
        new() { Kind = kind, ReferenceDate = new DateOnly(2019, 6, 13), Routes = [], Summary = kind.ToString() };

    private static SkillApplication Certified()
    {
        var application = Submitted();
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), GateFinding.None, Closes);
        application.MoveToReview();
        application.Recommend();
        application.EnterPublicity();
        application.Confirm();
        application.MarkCertified();
        return application;
    }

    [Theory]
    [InlineData(VerdictKind.EligibleStandard, ApplicationStatus.Screened)]
    [InlineData(VerdictKind.EligibleByRelaxation, ApplicationStatus.Screened)]
    [InlineData(VerdictKind.NeedsAttestation, ApplicationStatus.Held)]   // issue 18: held until HR confirms, never straight to review
    [InlineData(VerdictKind.Undetermined, ApplicationStatus.Ineligible)]
    [InlineData(VerdictKind.Ineligible, ApplicationStatus.Ineligible)]
    public void ScreenAtClose_StoresTheClosingVerdictAndMoves_ByTheVerdict(VerdictKind kind, ApplicationStatus expected)
    {
        var application = Submitted();

        application.ScreenAtClose(VerdictOf(kind), GateFinding.None, Closes);

        Assert.Equal(expected, application.Status);
        Assert.Equal(kind, application.ClosingVerdict);
        Assert.Equal(Closes, application.ClosingScreenedAt);
    }

    [Fact]
    public void ScreenAtClose_HoldsAnEligibleApplicant_MissingARequiredMaterial_AndTheHeldOneCannotEnterReview()
    {
        var application = Submitted();

        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), new GateFinding([], [new MaterialGap("summary", "工作业绩总结")], []), Closes);

        Assert.Equal(ApplicationStatus.Held, application.Status);
        Assert.Contains("缺少必备材料：工作业绩总结", application.StatusReason);
        Assert.Throws<DomainException>(() => application.MoveToReview());
    }

    [Fact]
    public void Reassess_ReleasesAHeldApplicant_OnlyOnceNothingIsOpen_AndRulesOutOnARefusedMaterial()
    {
        var released = Submitted();
        released.ScreenAtClose(VerdictOf(VerdictKind.NeedsAttestation), GateFinding.None, Closes);
        Assert.Null(released.Reassess(VerdictOf(VerdictKind.NeedsAttestation), GateFinding.None, Closes.AddHours(1)));
        Assert.Equal(ApplicationStatus.Held, released.Status);
        Assert.Equal(ApplicationStatus.Screened, released.Reassess(VerdictOf(VerdictKind.EligibleStandard), GateFinding.None, Closes.AddHours(2))!.To);

        var refused = Submitted();
        refused.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), new GateFinding([], [new MaterialGap("summary", "工作业绩总结")], []), Closes);
        var moved = refused.Reassess(VerdictOf(VerdictKind.EligibleStandard), new GateFinding([], [], [new MaterialGap("summary", "工作业绩总结")]), Closes.AddHours(1));
        Assert.Equal(ApplicationStatus.Ineligible, moved!.To);
    }

    [Fact]
    public void RuleOutAfterScreening_TakesOutAnyStepBeforeTheCertificate_AndIsRefusedAfterIt()
    {
        var inPublicity = Submitted();
        inPublicity.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), GateFinding.None, Closes);
        inPublicity.MoveToReview();
        inPublicity.Recommend();
        inPublicity.EnterPublicity();

        Assert.Equal(ApplicationStatus.Disqualified, inPublicity.RuleOutAfterScreening("职业道德不予确认", Closes).To);
        var refused = Assert.Throws<DomainException>(() => Certified().RuleOutAfterScreening("职业道德不予确认", Closes));
        Assert.Equal(GateErrors.AlreadyCertified, refused.Code);
    }

    [Fact]
    public void ScreenAtClose_Twice_KeepsTheFirstClosingVerdict()
    {
        var application = Submitted();
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), GateFinding.None, Closes);

        Assert.Null(application.ScreenAtClose(VerdictOf(VerdictKind.Ineligible), GateFinding.None, Closes.AddHours(1)));
        Assert.Equal(VerdictKind.EligibleStandard, application.ClosingVerdict);
    }

    [Fact]
    public void MainLine_RunsFromScreenedToCertified_OneStepAtATime()
    {
        Assert.Equal(ApplicationStatus.Certified, Certified().Status);
    }

    [Fact]
    public void Recommend_IsRefused_BeforeReview()
    {
        var application = Submitted();
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), GateFinding.None, Closes);

        var error = Assert.Throws<DomainException>(application.Recommend);

        Assert.Equal(ApplicationErrors.WrongState, error.Code);
        Assert.Contains("资格审查通过", error.Message);
    }

    [Fact]
    public void RemoveAfterObjection_TakesTheApplicantOffTheList_DuringPublicity()
    {
        var application = Submitted();
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), GateFinding.None, Closes);
        application.MoveToReview();
        application.Recommend();
        application.EnterPublicity();

        application.RemoveAfterObjection("业绩材料与实际不符，经核实异议成立");

        Assert.Equal(ApplicationStatus.Disqualified, application.Status);
        Assert.Throws<DomainException>(() => Submitted().RemoveAfterObjection("异议"));
    }

    [Fact]
    public void Disqualify_IsPossible_EvenAfterCertification()
    {
        var application = Certified();

        var transition = application.Disqualify("提供虚假获奖证书", Closes.AddDays(90));

        Assert.Equal((ApplicationStatus.Certified, ApplicationStatus.Disqualified), (transition.From, transition.To));
        Assert.Equal("提供虚假获奖证书", application.StatusReason);
    }

    [Fact]
    public void BanRecord_OfThreeYears_EndsTheDayBeforeTheThirdAnniversary()
    {
        var ban = BanRecord.ForYears(Guid.NewGuid(), Guid.NewGuid(), null, new DateOnly(2026, 6, 20), 3, "弄虚作假", Closes, "hr");

        Assert.Equal(new DateOnly(2029, 6, 19), ban.EndsOn);
        Assert.True(ban.BarsApplyingOn(new DateOnly(2029, 6, 19)));
        Assert.False(ban.BarsApplyingOn(new DateOnly(2029, 6, 20)));
    }
}
