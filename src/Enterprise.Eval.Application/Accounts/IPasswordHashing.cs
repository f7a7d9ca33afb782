namespace Enterprise.Eval.Application.Accounts;

/// <summary>Password hashing as the accounts use it; the service implements it with ASP.NET Core Identity's hasher.</summary>
public interface IPasswordHashing
{
    string Hash(string password);

    /// <summary>Whether the password matches; <paramref name="rehashed"/> is a stronger hash to store, when the hasher wants one.</summary>
    bool Verify(string hash, string password, out string? rehashed);
}
