using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using static Enterprise.Eval.Domain.Tests.Applications.ApplicationFixture;

namespace Enterprise.Eval.Domain.Tests.Applications;

public sealed class SkillApplicationWindowTests
{
    [Fact]
    public void Submit_IsRefusedWithTheWindowInChinese_WhenOneMinuteAfterTheClose()
    {
        var error = Assert.Throws<DomainException>(() => Submitted(Closes.AddMinutes(1)));

        Assert.Equal(ApplicationErrors.WindowClosed, error.Code);
        Assert.Equal("申报时间为2019年6月10日9:00至2019年6月13日16:00，现已截止", error.Message);
    }

    [Fact]
    public void Submit_IsAccepted_WhenOneMinuteBeforeTheClose()
    {
        var application = Submitted(Closes.AddMinutes(-1));

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(Closes.AddMinutes(-1), application.SubmittedAt);
    }

    [Fact]
    public void Submit_IsRefusedAsNotYetOpen_WhenOneMinuteBeforeTheOpening()
    {
        var error = Assert.Throws<DomainException>(() => Submitted(Opens.AddMinutes(-1)));

        Assert.Equal(ApplicationErrors.WindowNotOpen, error.Code);
        Assert.EndsWith("尚未开始", error.Message);
    }

    [Fact]
    public void Submit_IsRefused_WithoutThePledge()
    {
        var error = Assert.Throws<DomainException>(() =>
            SkillApplication.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Form() with { Pledged = false }, [], Window, During));

        Assert.Equal(ApplicationErrors.PledgeMissing, error.Code);
    }

    [Fact]
    public void Update_ChangesTheForm_WhileTheWindowIsOpen()
    {
        var application = Submitted();

        application.Update(Form("数控铣削"), [], Window, During.AddHours(1));

        Assert.Equal("数控铣削", application.Expertise);
    }

    [Fact]
    public void Update_IsRefused_OnceTheWindowHasClosed()
    {
        var application = Submitted();

        var error = Assert.Throws<DomainException>(() => application.Update(Form("数控铣削"), [], Window, Closes));

        Assert.Equal(ApplicationErrors.WindowClosed, error.Code);
        Assert.Equal("数控车削", application.Expertise);
    }

    [Fact]
    public void Withdraw_IsRefused_OnceTheWindowHasClosed()
    {
        var application = Submitted();

        Assert.Throws<DomainException>(() => application.Withdraw("个人原因", Window, Closes.AddMinutes(1)));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Resubmit_AfterWithdrawal_SubmitsAgain_WhileTheWindowIsOpen()
    {
        var application = Submitted();
        application.Withdraw("材料未备齐", Window, During.AddHours(1));

        var transition = application.Resubmit(Form("数控铣削"), [], Window, During.AddHours(2));

        Assert.Equal((ApplicationStatus.Withdrawn, ApplicationStatus.Submitted), (transition.From, transition.To));
        Assert.Equal(During.AddHours(2), application.SubmittedAt);
        Assert.Null(application.StatusReason);
    }

    [Fact]
    public void Resubmit_IsRefused_AfterTheClose()
    {
        var application = Submitted();
        application.Withdraw(null, Window, During);

        var error = Assert.Throws<DomainException>(() => application.Resubmit(Form(), [], Window, Closes.AddMinutes(1)));

        Assert.Equal(ApplicationErrors.WindowClosed, error.Code);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
    }

    [Fact]
    public void Resubmit_IsRefused_ForAnApplicationNotWithdrawn()
    {
        var application = Submitted();

        var error = Assert.Throws<DomainException>(() => application.Resubmit(Form(), [], Window, During));

        Assert.Equal(ApplicationErrors.WrongState, error.Code);
    }
}
