using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Tests.Accounts;

public sealed class ConsoleAccountSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FiveWrongPasswordsInARow_LockFor15Minutes_ThenTheCountStartsAfresh()
    {
        var (account, token) = ConsoleAccount.Invite(Guid.NewGuid(), "A@Example.com", "王人事", ConsoleRole.HrOfficer, Now);
        account.Activate("hash", Now);
        Assert.Equal("a@example.com", account.Email);

        for (var i = 1; i < ConsoleAccount.LockoutFailures; i++) Assert.False(account.RecordFailedSignIn(Now));
        Assert.False(account.IsLockedOut(Now));
        Assert.True(account.RecordFailedSignIn(Now));
        Assert.True(account.IsLockedOut(Now.AddMinutes(14)));
        Assert.False(account.IsLockedOut(Now.AddMinutes(15)));

        Assert.False(account.RecordFailedSignIn(Now.AddMinutes(16)));
        Assert.Equal(1, account.FailedSignIns);
        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public void AnInvitation_OpensOnce_AndNotAfterSevenDays()
    {
        var (account, token) = ConsoleAccount.Invite(Guid.NewGuid(), "b@example.com", "赵委员", ConsoleRole.CommitteeMember, Now);
        Assert.True(account.InvitationMatches(token, Now.AddDays(7).AddSeconds(-1)));
        Assert.False(account.InvitationMatches(token, Now.AddDays(7)));
        Assert.False(account.InvitationMatches(token + "x", Now));

        var stamp = account.SecurityStamp;
        account.Activate("hash", Now);
        Assert.NotEqual(stamp, account.SecurityStamp);
        Assert.False(account.InvitationMatches(token, Now));
        Assert.Equal("EVAL-ACC-004", Assert.Throws<DomainException>(() => account.Activate("other", Now)).Code);
        Assert.Equal("EVAL-ACC-006", Assert.Throws<DomainException>(() => account.ReissueInvitation(Now)).Code);
    }

    [Theory]
    [InlineData("not-an-address", "EVAL-ACC-001")]
    [InlineData("", "EVAL-ACC-001")]
    public void ABadAddress_IsRefusedWithItsCode(string email, string code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => ConsoleAccount.Invite(Guid.NewGuid(), email, "某人", ConsoleRole.ReportingStaff, Now)).Code);

    [Fact]
    public void APasswordShorterThanTen_IsRefused() =>
        Assert.Equal("EVAL-ACC-003", Assert.Throws<DomainException>(() => ConsoleAccount.EnsurePasswordAcceptable("short")).Code);

    private static readonly PlatformIdentity Platform = new("https://idp.example.com/", "u-1", "Li@Example.com", "李平台", "91350100M000100Y43");

    [Fact]
    public void AnAccountMadeFromThePlatform_IsActiveWithoutAPassword_AndRecordsOneEvent()
    {
        var account = ConsoleAccount.ProvisionFromPlatform(Guid.NewGuid(), Platform, ConsoleRole.CommitteeMember, Now);

        Assert.True(account.IsActive);
        Assert.Null(account.PasswordHash);
        Assert.Equal(("li@example.com", "李平台", "u-1"), (account.Email, account.DisplayName, account.PlatformSubject));
        Assert.IsType<Domain.Accounts.Events.AccountProvisionedByPlatform>(Assert.Single(((IHasDomainEvents)account).TakeDomainEvents()).Event);
    }

    [Fact]
    public void LinkingAnInvitedAccount_SpendsItsInvitation_AndASecondLinkIsRefused()
    {
        var (account, token) = ConsoleAccount.Invite(Guid.NewGuid(), "li@example.com", "人事", ConsoleRole.ReportingStaff, Now);

        account.LinkToPlatform(Platform, Now);

        Assert.True(account.IsActive);
        Assert.False(account.InvitationMatches(token, Now));
        Assert.Equal("EVAL-ACC-023", Assert.Throws<DomainException>(() => account.LinkToPlatform(Platform with { Subject = "u-2" }, Now)).Code);
    }

    [Fact]
    public void FollowingThePlatform_ChangesOnlyWhatItStatesDifferently_AndKeepsTheFormerValuesInItsEvent()
    {
        var account = ConsoleAccount.ProvisionFromPlatform(Guid.NewGuid(), Platform, ConsoleRole.CommitteeMember, Now);
        ((IHasDomainEvents)account).TakeDomainEvents();

        Assert.False(account.FollowPlatform(Platform, ConsoleRole.CommitteeMember));
        Assert.True(account.FollowPlatform(Platform with { DisplayName = null }, ConsoleRole.HrOfficer));

        Assert.Equal(("li@example.com", ConsoleRole.HrOfficer), (account.DisplayName, account.Role));
        var changed = Assert.IsType<Domain.Accounts.Events.AccountChangedByPlatform>(Assert.Single(((IHasDomainEvents)account).TakeDomainEvents()).Event);
        Assert.Equal(("李平台", ConsoleRole.CommitteeMember), (changed.FormerDisplayName, changed.FormerRole));
    }
}
