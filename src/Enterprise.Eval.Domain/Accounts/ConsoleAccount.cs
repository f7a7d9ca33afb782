using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts;

/// <summary>
/// A person's account for the web console, belonging to exactly one enterprise. It starts invited (a one-time
/// token, only its SHA-256 stored, valid for <see cref="InvitationLifetime"/>), becomes active when the person sets a
/// password through the invitation, and is locked for <see cref="LockoutDuration"/> after
/// <see cref="LockoutFailures"/> wrong passwords in a row. The password hash itself is made outside the domain
/// (ASP.NET Core Identity's hasher); the security stamp changes whenever a session must end.
/// </summary>
public sealed class ConsoleAccount
{
    public const int LockoutFailures = 5;
    public const int MinimumPasswordLength = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    private ConsoleAccount() { }

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    /// <summary>The sign-in name, lower-cased; unique across enterprises, so signing in needs no enterprise choice.</summary>
    public string Email { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public ConsoleRole Role { get; private set; }
    public string? PasswordHash { get; private set; }
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedOutUntil { get; private set; }
    public string? InvitationTokenHash { get; private set; }
    public DateTimeOffset? InvitationExpiresAt { get; private set; }
    public string SecurityStamp { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }

    public bool IsActive => PasswordHash is not null;

    /// <summary>Invites a person; the returned token is the only copy (it goes into the invitation link).</summary>
    public static (ConsoleAccount Account, string Token) Invite(Guid enterpriseId, string? email, string? displayName, ConsoleRole role, DateTimeOffset now)
    {
        var address = NormaliseEmail(email);
        var name = displayName?.Trim() ?? "";
        if (name.Length is 0 or > 50)
            throw new DomainException("EVAL-ACC-002", "姓名（displayName）不能为空，且不超过 50 个字，请填写被邀请人的姓名");
        var account = new ConsoleAccount
        {
            Id = Guid.NewGuid(), EnterpriseId = enterpriseId, Email = address, DisplayName = name, Role = role,
            CreatedAt = now, SecurityStamp = NewStamp(),
        };
        var token = account.ReissueInvitation(now);
        return (account, token);
    }

    /// <summary>A fresh one-time token for an account not yet active (an older link stops working).</summary>
    public string ReissueInvitation(DateTimeOffset now)
    {
        if (IsActive) throw new DomainException("EVAL-ACC-006", $"账号 {Email} 已启用，不需要再发邀请；忘记密码请由人事专员重置");
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        InvitationTokenHash = HashToken(token);
        InvitationExpiresAt = now + InvitationLifetime;
        return token;
    }

    /// <summary>Whether the presented invitation token is this account's and still valid.</summary>
    public bool InvitationMatches(string token, DateTimeOffset now) =>
        InvitationTokenHash is not null && InvitationExpiresAt > now
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashToken(token)), Encoding.ASCII.GetBytes(InvitationTokenHash));

    /// <summary>Accepts the invitation with the password's hash: the token is spent, the account becomes active.</summary>
    public void Activate(string passwordHash, DateTimeOffset now)
    {
        if (InvitationTokenHash is null || InvitationExpiresAt <= now)
            throw new DomainException("EVAL-ACC-004", "邀请链接已失效或已使用，请联系本企业人事专员重新发送邀请");
        PasswordHash = passwordHash;
        InvitationTokenHash = null;
        InvitationExpiresAt = null;
        ActivatedAt = now;
        FailedSignIns = 0;
        LockedOutUntil = null;
        SecurityStamp = NewStamp();
    }

    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil > now;

    /// <summary>Counts a wrong password; true when this failure locks the account.</summary>
    public bool RecordFailedSignIn(DateTimeOffset now)
    {
        if (LockedOutUntil is not null && LockedOutUntil <= now)
        {
            LockedOutUntil = null;
            FailedSignIns = 0;
        }
        FailedSignIns++;
        if (FailedSignIns < LockoutFailures) return false;
        LockedOutUntil = now + LockoutDuration;
        FailedSignIns = 0;
        return true;
    }

    /// <summary>Clears the failure count; false when nothing changed (most sign-ins), so nothing needs writing.</summary>
    public bool RecordSuccessfulSignIn(string? rehashedPassword)
    {
        var changed = FailedSignIns != 0 || LockedOutUntil is not null || rehashedPassword is not null;
        FailedSignIns = 0;
        LockedOutUntil = null;
        if (rehashedPassword is not null) PasswordHash = rehashedPassword;
        return changed;
    }

    public static string NormaliseEmail(string? email)
    {
        var address = email?.Trim().ToLowerInvariant() ?? "";
        if (address.Length is 0 or > 200 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
            throw new DomainException("EVAL-ACC-001", $"邮箱（email）“{email}”格式不正确，请填写形如 name@example.com 的地址");
        return address;
    }

    /// <summary>The password rule people are told when they choose one (length only: NIST SP 800-63B, no composition rules).</summary>
    public static void EnsurePasswordAcceptable(string? password)
    {
        if (password is null || password.Length < MinimumPasswordLength || password.Length > 128)
            throw new DomainException("EVAL-ACC-003", $"密码（password）长度须在 {MinimumPasswordLength} 至 128 个字符之间，请重新设置");
    }

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
