using Enterprise.Eval.Domain.Accounts;

namespace Enterprise.Eval.Application.Accounts;

/// <summary>
/// The answer to a sign-in attempt. Refusals carry a stable code and a Chinese message; an unknown address and a
/// wrong password read the same, so the form does not tell which addresses have accounts.
/// </summary>
public sealed record SignInOutcome(ConsoleAccount? Account, string? RefusalCode, string? RefusalMessage)
{
    public const string WrongPasswordCode = "EVAL-ACC-010";
    public const string LockedOutCode = "EVAL-ACC-011";
    public const string NotActiveCode = "EVAL-ACC-012";
    public const string EnterpriseClosedCode = "EVAL-ACC-013";
    public const string PlatformOnlyCode = "EVAL-ACC-014";
    public const string PlatformEnterpriseUnknownCode = "EVAL-ACC-020";
    public const string PlatformRoleMissingCode = "EVAL-ACC-021";
    public const string PlatformEnterpriseChangedCode = "EVAL-ACC-022";
    public const string PlatformAddressTakenCode = "EVAL-ACC-024";

    public bool Succeeded => Account is not null;

    public static SignInOutcome Success(ConsoleAccount account) => new(account, null, null);

    public static SignInOutcome Refused(string code, string message) => new(null, code, message);
}
