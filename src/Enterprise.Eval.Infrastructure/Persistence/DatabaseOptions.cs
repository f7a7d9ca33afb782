using Microsoft.Data.SqlClient;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>Section "Database": which provider stores the product's data, and where.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default), PostgreSql or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file, relative to the working directory; its folder is created on start.</summary>
    public string SqlitePath { get; set; } = "data/enterprise-eval.db";

    /// <summary>PostgreSQL or SQL Server connection string (required when Provider is PostgreSql or SqlServer).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite: how long one statement of the product's own work waits for another writer's lock before its unit of
    /// work is retried whole (with backoff, logged). The scheduler's tables keep the longer wait of <see cref="EffectiveConnectionString"/>.
    /// </summary>
    public int SqliteBusyTimeoutSeconds { get; set; } = 5;

    public IEnumerable<string> Validate()
    {
        if (SqliteBusyTimeoutSeconds is < 1 or > 300)
            yield return $"Database:SqliteBusyTimeoutSeconds = {SqliteBusyTimeoutSeconds} is outside 1–300. Use a few seconds (default 5): a longer wait hides contention, a busy unit of work is retried anyway.";
        if (!Enum.IsDefined(Provider))
            yield return $"Database:Provider = '{Provider}' is not a provider. Use 'Sqlite' (default), 'PostgreSql' or 'SqlServer'.";
        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
            yield return "Database:SqlitePath is empty. Set a file path such as 'data/enterprise-eval.db', or remove the key to use that default.";
        if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            yield return "Database:ConnectionString is empty but Database:Provider is 'PostgreSql'. Set it, e.g. EVAL__Database__ConnectionString='Host=127.0.0.1;Port=5432;Database=eval;Username=eval;Password=…'.";
        if (Provider == DatabaseProvider.SqlServer)
            foreach (var error in ValidateSqlServerConnectionString(ConnectionString))
                yield return error;
    }

    /// <summary>
    /// SQL Server's connection string is read by SqlClient's own parser, so a typo in a keyword is caught at start-up and
    /// not at the first query. The value itself is never echoed: it usually holds a password.
    /// </summary>
    private static IEnumerable<string> ValidateSqlServerConnectionString(string? connectionString)
    {
        const string Key = "Database:ConnectionString";
        const string Example = "EVAL__Database__ConnectionString='Server=db.example.com,1433;Database=eval;User ID=eval;Password=…;Encrypt=True'";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            yield return $"EVAL-DB-001 配置项 {Key} 为空，但 Database:Provider 为 SqlServer。请填写 SQL Server 连接字符串，例如 {Example}。";
            yield break;
        }

        SqlConnectionStringBuilder parsed;
        string? parseError = null;
        try
        {
            parsed = new SqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            parsed = null!;
            parseError = e.Message;
        }
        if (parseError is not null)
        {
            yield return $"EVAL-DB-002 配置项 {Key} 不是有效的 SQL Server 连接字符串（{parseError}）。" +
                         $"请使用“键=值;键=值”的写法并检查键名拼写，例如 {Example}。";
            yield break;
        }
        if (string.IsNullOrWhiteSpace(parsed.DataSource))
            yield return $"EVAL-DB-003 配置项 {Key} 缺少服务器（Server 或 Data Source）。请加上 Server=主机名,端口，例如 {Example}。";
        if (string.IsNullOrWhiteSpace(parsed.InitialCatalog))
            yield return $"EVAL-DB-004 配置项 {Key} 缺少数据库名（Database 或 Initial Catalog）。请加上 Database=eval，" +
                         "否则数据会写进登录用户的默认数据库（常为 master）。";
    }

    /// <summary>
    /// The connection string of the product's own unit of work: for SQLite, a private cache with the busy wait of
    /// <see cref="SqliteBusyTimeoutSeconds"/> (see <see cref="SqliteConnectionSetup"/> for why, and for its pragmas).
    /// </summary>
    public string DataConnectionString =>
        Provider == DatabaseProvider.Sqlite ? $"Data Source={SqlitePath};{SqliteConnectionSetup.Settings(SqliteBusyTimeoutSeconds)}" : ConnectionString!;

    /// <summary>The connection string as configured (for SQLite, built from the path, with a 30 s busy wait): the scheduler's store uses it.</summary>
    public string EffectiveConnectionString =>
        Provider == DatabaseProvider.Sqlite ? $"Data Source={SqlitePath};Cache=Shared;Pooling=True;Default Timeout=30" : ConnectionString!;
}
