using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Enterprise.Eval.Domain.Accounts.Events;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts;

/// <summary>
/// A person's account for the web console, belonging to exactly one enterprise. It starts invited (a one-time
/// token, only its SHA-256 stored, valid for <see cref="InvitationLifetime"/>), becomes active when the person sets a
/// password through the invitation, and is locked for <see cref="LockoutDuration"/> after
/// <see cref="LockoutFailures"/> wrong passwords in a row. The password hash itself is made outside the domain
/// (ASP.NET Core Identity's hasher); the security stamp changes whenever a session must end. An account can instead
/// (or as well) be linked to the HR platform's identity provider (<see cref="PlatformIssuer"/>, <see cref="PlatformSubject"/>):
/// the platform then vouches for the person, and its claims name the role. Each change records an event (Events/),
/// whose handler writes the audit record in the same save.
/// </summary>
public sealed class ConsoleAccount : IHasDomainEvents
{
    public const int LockoutFailures = 5;
    public const int MinimumPasswordLength = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    private readonly DomainEventLog _events = new();

    private ConsoleAccount() { }

    bool IHasDomainEvents.HasDomainEvents => _events.HasEvents;

    IReadOnlyList<RecordedDomainEvent> IHasDomainEvents.TakeDomainEvents() => _events.TakeAll();

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
    /// <summary>The platform identity provider's issuer and its stable subject id for this person (OpenID Connect <c>iss</c>, <c>sub</c>).</summary>
    public string? PlatformIssuer { get; private set; }
    public string? PlatformSubject { get; private set; }

    /// <summary>Active once the person set a password or the platform vouched for them.</summary>
    public bool IsActive => PasswordHash is not null || PlatformSubject is not null;

    public bool IsLinkedToPlatform => PlatformSubject is not null;

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
        account._events.Record(new AccountInvited(account));
        return (account, token);
    }

    /// <summary>
    /// An account for a person the HR platform signed in and no account of the enterprise knew: active at once (no
    /// invitation, no password), with the role the platform's claims name.
    /// </summary>
    public static ConsoleAccount ProvisionFromPlatform(Guid enterpriseId, PlatformIdentity identity, ConsoleRole role, DateTimeOffset now)
    {
        var account = new ConsoleAccount
        {
            Id = Guid.NewGuid(), EnterpriseId = enterpriseId, Email = NormaliseEmail(identity.Email), DisplayName = PlatformName(identity),
            Role = role, CreatedAt = now, ActivatedAt = now, SecurityStamp = NewStamp(),
            PlatformIssuer = identity.Issuer, PlatformSubject = identity.Subject,
        };
        account._events.Record(new AccountProvisionedByPlatform(account));
        return account;
    }

    /// <summary>
    /// Links an account HR invited (same address) to the platform identity signing in: from now on the platform's
    /// claims name its role. Any invitation still open is spent, since the person no longer needs it.
    /// </summary>
    public void LinkToPlatform(PlatformIdentity identity, DateTimeOffset now)
    {
        if (IsLinkedToPlatform)
            throw new DomainException("EVAL-ACC-023", $"账号 {Email} 已关联人力资源平台的另一个用户，不能再关联；请联系本企业人事专员核对");
        PlatformIssuer = identity.Issuer;
        PlatformSubject = identity.Subject;
        InvitationTokenHash = null;
        InvitationExpiresAt = null;
        ActivatedAt ??= now;
        _events.Record(new AccountLinkedToPlatform(this));
    }

    /// <summary>
    /// Takes the address, name and role the platform now states for a linked account; false when nothing changed (a
    /// sign-in is then a read). A changed role takes effect at once: sessions reload the account on every request.
    /// </summary>
    public bool FollowPlatform(PlatformIdentity identity, ConsoleRole role)
    {
        var (email, name) = (NormaliseEmail(identity.Email), PlatformName(identity));
        if (email == Email && name == DisplayName && role == Role) return false;
        var before = new AccountChangedByPlatform(this, Email, DisplayName, Role);
        (Email, DisplayName, Role) = (email, name, role);
        _events.Record(before);
        return true;
    }

    private static string PlatformName(PlatformIdentity identity)
    {
        var name = identity.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name)) name = NormaliseEmail(identity.Email);
        return name.Length > 50 ? name[..50] : name;
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
        _events.Record(new AccountActivated(this));
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
        _events.Record(new AccountLockedOut(this));
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
