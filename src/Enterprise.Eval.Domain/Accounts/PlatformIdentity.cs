namespace Enterprise.Eval.Domain.Accounts;

/// <summary>
/// A person as the HR platform's identity provider vouches for them after an OpenID Connect sign-in: its issuer and
/// stable subject id, the address and name it states, and the enterprise it says the person works for (its 统一社会信用代码).
/// </summary>
public sealed record PlatformIdentity(string Issuer, string Subject, string? Email, string? DisplayName, string? EnterpriseCreditCode);
