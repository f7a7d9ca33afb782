using Enterprise.Eval.Application.Accounts;
using Enterprise.Eval.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>ASP.NET Core Identity's password hasher (PBKDF2 with HMAC-SHA512, salted, iteration count in the hash).</summary>
public sealed class IdentityPasswordHashing : IPasswordHashing
{
    private static readonly ConsoleAccountUser User = new();
    private readonly PasswordHasher<ConsoleAccountUser> _hasher = new();

    public string Hash(string password) => _hasher.HashPassword(User, password);

    public bool Verify(string hash, string password, out string? rehashed)
    {
        var result = _hasher.VerifyHashedPassword(User, hash, password);
        rehashed = result == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(User, password) : null;
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>The hasher's user type parameter; Identity's default hasher never reads it.</summary>
    private sealed class ConsoleAccountUser;
}
