using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Accounts;

/// <summary>
/// People's accounts for the web console: the administrator creates an enterprise's first HR officer, HR officers
/// invite the others, a person sets a password through the one-time invitation link and signs in. Every change is
/// audited (account.*) in the same unit of work; the audit never holds a password, token or hash.
/// </summary>
public sealed class ConsoleAccounts(IEvalDbContext db, AuditTrail audit, IPasswordHashing passwords, TimeProvider clock)
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
        audit.Record(account.EnterpriseId, Actor(account), "account.activated", "ConsoleAccount", account.Id.ToString(), new { status = "invited" }, Describe(account));
        await db.SaveChangesAsync(ct);
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
        if (!account.IsActive || account.PasswordHash is null)
            return SignInOutcome.Refused(SignInOutcome.NotActiveCode, "账号尚未启用：请先打开邀请邮件中的链接设置密码");
        if (!passwords.Verify(account.PasswordHash, password ?? "", out var rehashed))
        {
            if (account.RecordFailedSignIn(now))
                audit.Record(account.EnterpriseId, "system", "account.locked-out", "ConsoleAccount", account.Id.ToString(), null,
                    new { lockedOutUntil = account.LockedOutUntil });
            await db.SaveChangesAsync(ct);
            return account.IsLockedOut(now)
                ? SignInOutcome.Refused(SignInOutcome.LockedOutCode,
                    $"密码连续输错 {ConsoleAccount.LockoutFailures} 次，账号已锁定至 {ChinaTime.FormatInstant(account.LockedOutUntil!.Value)}（北京时间）")
                : SignInOutcome.Refused(SignInOutcome.WrongPasswordCode, wrong);
        }
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == account.EnterpriseId, ct);
        if (enterprise.Status == EnterpriseStatus.StruckOff)
            return SignInOutcome.Refused(SignInOutcome.EnterpriseClosedCode, "本企业的评价机构资格已取消，控制台不再开放");
        // Written only when the counters or the hash changed: an ordinary sign-in is a read.
        if (account.RecordSuccessfulSignIn(rehashed)) await db.SaveChangesAsync(ct);
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
        audit.Record(enterpriseId, actor, "account.invited", "ConsoleAccount", account.Id.ToString(), null, Describe(account));
        await db.SaveChangesAsync(ct);
        return (account, token);
    }

    private static object Describe(ConsoleAccount a) => new
    {
        a.Email, a.DisplayName, Role = a.Role.ToString(), Status = a.IsActive ? "active" : "invited", a.InvitationExpiresAt,
    };
}
