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
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), Closes);
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
    [InlineData(VerdictKind.NeedsAttestation, ApplicationStatus.Screened)]
    [InlineData(VerdictKind.Undetermined, ApplicationStatus.Ineligible)]
    [InlineData(VerdictKind.Ineligible, ApplicationStatus.Ineligible)]
    public void ScreenAtClose_StoresTheClosingVerdictAndMoves_ByTheVerdict(VerdictKind kind, ApplicationStatus expected)
    {
        var application = Submitted();

        application.ScreenAtClose(VerdictOf(kind), Closes);

        Assert.Equal(expected, application.Status);
        Assert.Equal(kind, application.ClosingVerdict);
        Assert.Equal(Closes, application.ClosingScreenedAt);
    }

    [Fact]
    public void ScreenAtClose_Twice_KeepsTheFirstClosingVerdict()
    {
        var application = Submitted();
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), Closes);

        Assert.Null(application.ScreenAtClose(VerdictOf(VerdictKind.Ineligible), Closes.AddHours(1)));
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
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), Closes);

        var error = Assert.Throws<DomainException>(application.Recommend);

        Assert.Equal(ApplicationErrors.WrongState, error.Code);
        Assert.Contains("资格审查通过", error.Message);
    }

    [Fact]
    public void RemoveAfterObjection_TakesTheApplicantOffTheList_DuringPublicity()
    {
        var application = Submitted();
        application.ScreenAtClose(VerdictOf(VerdictKind.EligibleStandard), Closes);
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
        Assert.True(ban.IsActiveOn(new DateOnly(2029, 6, 19)));
        Assert.False(ban.IsActiveOn(new DateOnly(2029, 6, 20)));
    }
}
