namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>Section "Database": which provider stores the product's data, and where.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default) or PostgreSql.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file, relative to the working directory; its folder is created on start.</summary>
    public string SqlitePath { get; set; } = "data/enterprise-eval.db";

    /// <summary>PostgreSQL connection string (required when Provider is PostgreSql).</summary>
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
            yield return $"Database:Provider = '{Provider}' is not a provider. Use 'Sqlite' (default) or 'PostgreSql'.";
        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
            yield return "Database:SqlitePath is empty. Set a file path such as 'data/enterprise-eval.db', or remove the key to use that default.";
        if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            yield return "Database:ConnectionString is empty but Database:Provider is 'PostgreSql'. Set it, e.g. EVAL__Database__ConnectionString='Host=127.0.0.1;Port=5432;Database=eval;Username=eval;Password=…'.";
    }

    /// <summary>The connection string of the product's own unit of work: for SQLite, with the busy wait of <see cref="SqliteBusyTimeoutSeconds"/>.</summary>
    public string DataConnectionString =>
        Provider == DatabaseProvider.Sqlite ? $"Data Source={SqlitePath};Cache=Shared;Pooling=True;Default Timeout={SqliteBusyTimeoutSeconds}" : ConnectionString!;

    /// <summary>The connection string as configured (for SQLite, built from the path, with a 30 s busy wait): the scheduler's store uses it.</summary>
    public string EffectiveConnectionString =>
        Provider == DatabaseProvider.Sqlite ? $"Data Source={SqlitePath};Cache=Shared;Pooling=True;Default Timeout=30" : ConnectionString!;
}
