using Enterprise.Eval.Domain.Accounts;

namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>
/// Single sign-on from the HR platform (<c>Console:PlatformSignIn</c>): the platform's OpenID Connect provider and
/// which of its claims name the person's enterprise and role. Off while <see cref="Authority"/> is empty.
/// </summary>
public sealed class PlatformSignInOptions
{
    public const string Section = "Console:PlatformSignIn";

    /// <summary>The provider's issuer URL (its discovery document is read from <c>/.well-known/openid-configuration</c>).</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Off only for a provider on loopback in tests; a real platform is reached over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary>The claim holding the person's enterprise as its 统一社会信用代码.</summary>
    public string EnterpriseClaim { get; set; } = "eval_enterprise";
    /// <summary>The claim (one or several values) holding the person's roles on the platform.</summary>
    public string RoleClaim { get; set; } = "eval_role";
    /// <summary>
    /// Platform role value → console role, e.g. <c>"hr-officer": "HrOfficer"</c>. Values not listed grant nothing; a
    /// person with several mapped values gets the first in the order 人事专员, 评审委员, 上报人员.
    /// </summary>
    public Dictionary<string, ConsoleRole> Roles { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The button's text on the sign-in page.</summary>
    public string ButtonText { get; set; } = "通过人力资源平台登录";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The console role the claim values grant, or null when none of them is mapped.</summary>
    public ConsoleRole? RoleOf(IEnumerable<string> values)
    {
        var granted = values.Where(Roles.ContainsKey).Select(v => Roles[v]).ToList();
        return granted.Count == 0 ? null : granted.Min();
    }
}
