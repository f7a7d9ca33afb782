using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Accounts;

/// <summary>
/// People's accounts for the web console: the administrator creates an enterprise's first HR officer, HR officers
/// invite the others, a person sets a password through the one-time invitation link and signs in, or the HR platform
/// signs them in (OpenID Connect) and its claims name the enterprise and the role. Every change is an event of the
/// account, audited (account.*) in the same save by <see cref="AuditOnAccountChange"/>; the audit never holds a
/// password, token or hash.
/// </summary>
public sealed class ConsoleAccounts(IEvalDbContext db, IPasswordHashing passwords, TimeProvider clock)
{
    /// <summary>The administrator's step: the enterprise's first HR officer (refused once one exists: HR invites the rest).</summary>
    public async Task<(ConsoleAccount Account, string InvitationToken)> CreateFirstHrOfficerAsync(
        Guid enterpriseId, string? email, string? displayName, string actor, CancellationToken ct = default)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == enterpriseId, ct) ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
        if (await db.ConsoleAccounts.AnyAsync(a => a.EnterpriseId == enterpriseId && a.Role == ConsoleRole.HrOfficer, ct))
            throw new DomainException("EVAL-ACC-007", $"企业“{enterprise.Name}”已有人事专员账号；其他账号请由人事专员在控制台“账号”页邀请");
        return await InviteCoreAsync(enterpriseId, email, displayName, ConsoleRole.HrOfficer, actor, ct);
    }

    /// <summary>An HR officer invites a person of the same enterprise (the enterprise is the inviter's, never chosen).</summary>
    public async Task<(ConsoleAccount Account, string InvitationToken)> InviteAsync(
        ConsoleAccount inviter, string? email, string? displayName, ConsoleRole role, CancellationToken ct = default)
    {
        if (inviter.Role != ConsoleRole.HrOfficer)
            throw new DomainException("EVAL-ACC-008", "只有人事专员可以邀请账号");
        var enterprise = await db.Enterprises.FirstAsync(e => e.Id == inviter.EnterpriseId, ct);
        enterprise.EnsureCanRun();
        return await InviteCoreAsync(inviter.EnterpriseId, email, displayName, role, Actor(inviter), ct);
    }

    /// <summary>The account an invitation token opens, or null (unknown, spent or expired).</summary>
    public async Task<ConsoleAccount?> FindInvitationAsync(Guid accountId, string token, CancellationToken ct = default)
    {
        var account = await db.ConsoleAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        return account is not null && account.InvitationMatches(token, clock.GetUtcNow()) ? account : null;
    }

    /// <summary>Spends the invitation: sets the password and activates the account.</summary>
    public async Task<ConsoleAccount> AcceptInvitationAsync(Guid accountId, string token, string? password, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var account = await db.ConsoleAccounts.FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null || !account.InvitationMatches(token, now))
            throw new DomainException("EVAL-ACC-004", "邀请链接已失效或已使用，请联系本企业人事专员重新发送邀请");
        ConsoleAccount.EnsurePasswordAcceptable(password);
        account.Activate(passwords.Hash(password!), now);
        await db.SaveChangesAsync(Actor(account), ct);
        return account;
    }

    /// <summary>
    /// Checks a password. A wrong one counts toward the lockout (stored, so it holds across restarts and nodes); the
    /// failure that locks the account is audited. A locked account is refused without checking the password.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string? email, string? password, CancellationToken ct = default)
    {
        const string wrong = "邮箱或密码不正确。请核对后重新输入；连续输错 5 次账号将锁定 15 分钟";
        var now = clock.GetUtcNow();
        var address = email?.Trim().ToLowerInvariant() ?? "";
        var account = address.Length == 0 ? null : await db.ConsoleAccounts.FirstOrDefaultAsync(a => a.Email == address, ct);
        if (account is null) return SignInOutcome.Refused(SignInOutcome.WrongPasswordCode, wrong);
        if (account.IsLockedOut(now))
            return SignInOutcome.Refused(SignInOutcome.LockedOutCode,
                $"密码连续输错次数过多，账号已锁定至 {ChinaTime.FormatInstant(account.LockedOutUntil!.Value)}（北京时间），请届时再试或联系人事专员");
        if (account.PasswordHash is null && account.IsLinkedToPlatform)
            return SignInOutcome.Refused(SignInOutcome.PlatformOnlyCode, "此账号通过人力资源平台登录，没有单独的密码：请点“通过人力资源平台登录”");
        if (!account.IsActive || account.PasswordHash is null)
            return SignInOutcome.Refused(SignInOutcome.NotActiveCode, "账号尚未启用：请先打开邀请邮件中的链接设置密码");
        if (!passwords.Verify(account.PasswordHash, password ?? "", out var rehashed))
        {
            account.RecordFailedSignIn(now);
            await db.SaveChangesAsync("system", ct);
            return account.IsLockedOut(now)
                ? SignInOutcome.Refused(SignInOutcome.LockedOutCode,
                    $"密码连续输错 {ConsoleAccount.LockoutFailures} 次，账号已锁定至 {ChinaTime.FormatInstant(account.LockedOutUntil!.Value)}（北京时间）")
                : SignInOutcome.Refused(SignInOutcome.WrongPasswordCode, wrong);
        }
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == account.EnterpriseId, ct);
        if (enterprise.Status == EnterpriseStatus.StruckOff) return EnterpriseClosed();
        // Written only when the counters or the hash changed: an ordinary sign-in is a read.
        if (account.RecordSuccessfulSignIn(rehashed)) await db.SaveChangesAsync(ct);
        return SignInOutcome.Success(account);
    }

    /// <summary>
    /// A person the HR platform signed in (its ID token already validated by the host). The platform is trusted for
    /// who the person is, which enterprise they work for and their role (null: the claims name no role of this
    /// product); the enterprise must be registered here and still running. The account is found by the platform's
    /// subject id, else an account HR invited with the same address is linked, else one is made. A person's
    /// enterprise is never changed by a claim: a subject that moved enterprises is refused, as is an address that
    /// belongs to another enterprise's account.
    /// </summary>
    public async Task<SignInOutcome> SignInFromPlatformAsync(PlatformIdentity identity, ConsoleRole? role, CancellationToken ct = default)
    {
        var code = identity.EnterpriseCreditCode?.Trim().ToUpperInvariant() ?? "";
        var enterprise = code.Length == 0 ? null : await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.CreditCode == code, ct);
        if (enterprise is null)
            return SignInOutcome.Refused(SignInOutcome.PlatformEnterpriseUnknownCode,
                $"人力资源平台给出的企业（统一社会信用代码“{code}”）未在本系统登记为评价机构，请联系系统管理员");
        if (enterprise.Status == EnterpriseStatus.StruckOff) return EnterpriseClosed();
        if (role is null)
            return SignInOutcome.Refused(SignInOutcome.PlatformRoleMissingCode,
                "人力资源平台没有为您分配本系统的角色（人事专员、评审委员或上报人员），请联系平台管理员开通");

        var now = clock.GetUtcNow();
        var account = await db.ConsoleAccounts.FirstOrDefaultAsync(a => a.PlatformIssuer == identity.Issuer && a.PlatformSubject == identity.Subject, ct);
        if (account is null)
        {
            var address = ConsoleAccount.NormaliseEmail(identity.Email);
            account = await db.ConsoleAccounts.FirstOrDefaultAsync(a => a.Email == address, ct);
            if (account is not null && account.EnterpriseId != enterprise.Id) return AddressOfAnotherEnterprise(address);
            if (account is null)
            {
                account = ConsoleAccount.ProvisionFromPlatform(enterprise.Id, identity, role.Value, now);
                db.ConsoleAccounts.Add(account);
            }
            else
            {
                account.LinkToPlatform(identity, now);
            }
        }
        else if (account.EnterpriseId != enterprise.Id)
        {
            return SignInOutcome.Refused(SignInOutcome.PlatformEnterpriseChangedCode,
                "人力资源平台显示您已属于另一家企业，原账号不能随之转移；请联系本企业人事专员处理");
        }
        else if (account.Email != ConsoleAccount.NormaliseEmail(identity.Email)
                 && await db.ConsoleAccounts.AnyAsync(a => a.Email == ConsoleAccount.NormaliseEmail(identity.Email) && a.Id != account.Id, ct))
        {
            return AddressOfAnotherEnterprise(ConsoleAccount.NormaliseEmail(identity.Email));
        }
        account.FollowPlatform(identity, role.Value);
        account.RecordSuccessfulSignIn(null);
        await db.SaveChangesAsync("platform:" + identity.Issuer, ct);
        return SignInOutcome.Success(account);
    }

    /// <summary>The account a session names, if it still exists and the session's stamp is current.</summary>
    public async Task<ConsoleAccount?> FindSessionAsync(Guid accountId, string? securityStamp, CancellationToken ct = default)
    {
        var account = await db.ConsoleAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        return account is not null && account.IsActive && account.SecurityStamp == securityStamp ? account : null;
    }

    /// <summary>The enterprise's accounts (only the caller's enterprise: the id comes from the session).</summary>
    public async Task<IReadOnlyList<ConsoleAccount>> ListAsync(Guid enterpriseId, CancellationToken ct = default) =>
        (await db.ConsoleAccounts.AsNoTracking().Where(a => a.EnterpriseId == enterpriseId).ToListAsync(ct))
        .OrderBy(a => a.Role).ThenBy(a => a.Email, StringComparer.Ordinal).ToList();

    public static string Actor(ConsoleAccount account) => $"account:{account.Id}";

    private async Task<(ConsoleAccount, string)> InviteCoreAsync(Guid enterpriseId, string? email, string? displayName, ConsoleRole role, string actor, CancellationToken ct)
    {
        var (account, token) = ConsoleAccount.Invite(enterpriseId, email, displayName, role, clock.GetUtcNow());
        if (await db.ConsoleAccounts.AnyAsync(a => a.Email == account.Email, ct))
            throw new DomainException("EVAL-ACC-005", $"邮箱 {account.Email} 已有控制台账号，请换一个邮箱");
        db.ConsoleAccounts.Add(account);
        await db.SaveChangesAsync(actor, ct);
        return (account, token);
    }

    private static SignInOutcome EnterpriseClosed() =>
        SignInOutcome.Refused(SignInOutcome.EnterpriseClosedCode, "本企业的评价机构资格已取消，控制台不再开放");

    private static SignInOutcome AddressOfAnotherEnterprise(string address) =>
        SignInOutcome.Refused(SignInOutcome.PlatformAddressTakenCode,
            $"邮箱 {address} 已是另一家企业的控制台账号，不能用于本企业；请联系平台管理员核对您的邮箱");
}
