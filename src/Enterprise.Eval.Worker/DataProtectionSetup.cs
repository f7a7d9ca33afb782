using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace Enterprise.Eval.Worker;

/// <summary>
/// Section "DataProtection": where ASP.NET Core keeps the keys that sign the administrator's session cookie and the
/// forms' antiforgery tokens. By default a folder <c>keys</c> beside the SQLite file (<c>data/keys</c>), so a restart
/// keeps the administrator signed in and a fresh start does not fall back to the user profile. The key files are
/// not encrypted (Linux has no DPAPI and the product has no certificate to wrap them with): like the database beside
/// them, they are protected by the folder's permissions (owner only). Several nodes behind one address must share one
/// folder, or one node's cookie is refused by the next.
/// </summary>
public static class DataProtectionSetup
{
    public const string Section = "DataProtection";
    public const string ApplicationName = "Enterprise.Eval";

    public static IServiceCollection AddEvalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = KeysFolder(configuration);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(folder));
        return services;
    }

    /// <summary><c>DataProtection:KeysFolder</c>, else <c>keys</c> in the folder of <c>Database:SqlitePath</c>.</summary>
    public static string KeysFolder(IConfiguration configuration)
    {
        var configured = configuration[$"{Section}:KeysFolder"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var sqlitePath = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.SqlitePath;
        var dataFile = Path.GetFullPath(string.IsNullOrWhiteSpace(sqlitePath) ? new DatabaseOptions().SqlitePath : sqlitePath);
        return Path.Combine(Path.GetDirectoryName(dataFile)!, "keys");
    }
}
