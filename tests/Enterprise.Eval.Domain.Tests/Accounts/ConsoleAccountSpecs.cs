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
}
