using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.TestKit;

/// <summary>A real, empty database for one test: a SQLite file in a temp folder, or a database on a PostgreSQL test server.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;

    private TestDatabase(DatabaseOptions options, string? folder)
    {
        Options = options;
        _folder = folder;
    }

    public DatabaseOptions Options { get; }

    public static TestDatabase Sqlite()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eval-db-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = System.IO.Path.Combine(folder, "eval.db") }, folder);
    }

    public static async Task<TestDatabase> PostgresAsync(PostgresServer server) =>
        new(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync() }, null);

    /// <summary>Configuration keys that point a host at this database.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = Options.Provider.ToString(),
        ["Database:SqlitePath"] = Options.SqlitePath,
        ["Database:ConnectionString"] = Options.ConnectionString,
    };

    public EvalDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<EvalDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, Options);
        return new EvalDbContext(builder.Options);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null)
        {
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { }
        }
        return ValueTask.CompletedTask;
    }
}
