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

    public IEnumerable<string> Validate()
    {
        if (!Enum.IsDefined(Provider))
            yield return $"Database:Provider = '{Provider}' is not a provider. Use 'Sqlite' (default) or 'PostgreSql'.";
        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
            yield return "Database:SqlitePath is empty. Set a file path such as 'data/enterprise-eval.db', or remove the key to use that default.";
        if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            yield return "Database:ConnectionString is empty but Database:Provider is 'PostgreSql'. Set it, e.g. EVAL__Database__ConnectionString='Host=127.0.0.1;Port=5432;Database=eval;Username=eval;Password=…'.";
    }

    /// <summary>The connection string the provider uses (for SQLite, built from the path).</summary>
    public string EffectiveConnectionString =>
        Provider == DatabaseProvider.Sqlite ? $"Data Source={SqlitePath};Cache=Shared;Pooling=True;Default Timeout=30" : ConnectionString!;
}
