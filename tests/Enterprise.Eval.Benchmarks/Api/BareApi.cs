using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Worker.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// The bare baseline: an ASP.NET Core minimal API on its own loopback port that binds the same JSON body to the
/// product's <see cref="ApplicationBody"/>, inserts one row into a bare table and answers 201. On SQLite
/// (Microsoft.Data.Sqlite) its file is WAL with the product's connection settings, so both pay the same durability per
/// commit; on PostgreSQL (Npgsql) it is a database of its own on the product's server, pooled like the product's.
/// No key check, screening, audit or mail: one statement per request, counted in <see cref="Statements"/>.
/// </summary>
internal sealed class BareApi : IAsyncDisposable
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> PreparedHandles = new();
    private static long _statements;
    private readonly WebApplication _app;
    private readonly Func<DbConnection> _connect;

    private BareApi(WebApplication app, Func<DbConnection> connect, Uri address)
    {
        _app = app;
        _connect = connect;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The SQL statements the bare handlers executed (one per request).</summary>
    public static long Statements => Interlocked.Read(ref _statements);

    /// <summary>
    /// On SQLite: the product's own connection string for its file (<see cref="DatabaseOptions.DataConnectionString"/>)
    /// and the pragmas it runs on a new connection, so both sides pay the same lock and durability costs.
    /// </summary>
    public static Task<BareApi> StartSqliteAsync(string folder)
    {
        var options = new DatabaseOptions { SqlitePath = Path.Combine(folder, "bare.db") };
        var connectionString = options.DataConnectionString;
        var onOpen = SqliteConnectionSetup.Pragmas(options.SqliteBusyTimeoutSeconds);
        DbConnection Connect()
        {
            var connection = new SqliteConnection(connectionString);
            connection.StateChange += (_, e) =>
                {
                    // Once per physical connection, as the product does: the pool hands back the same native handle.
                    if (e.CurrentState != System.Data.ConnectionState.Open || PreparedHandles.TryGetValue(connection.Handle!, out object? _)) return;
                    PreparedHandles.AddOrUpdate(connection.Handle!, connection.Handle!);
                    using var pragma = connection.CreateCommand();
                    pragma.CommandText = onOpen;
                    pragma.ExecuteNonQuery();
                };
            return connection;
        }
        return StartAsync(Connect, """
                PRAGMA journal_mode=WAL;
                CREATE TABLE applications (
                    "Id" TEXT NOT NULL PRIMARY KEY, "CycleId" TEXT NOT NULL, "EmployeeNumber" TEXT NOT NULL, "Education" TEXT,
                    "Title" TEXT, "Department" TEXT, "Expertise" TEXT, "WorkHistory" TEXT, "Pledged" INTEGER NOT NULL,
                    "SubmittedAt" TEXT NOT NULL);
                CREATE UNIQUE INDEX "IX_applications_CycleId_EmployeeNumber" ON applications ("CycleId", "EmployeeNumber");
                """, (id, cycle) => (id.ToString(), cycle.ToString()));
    }

    /// <summary>On PostgreSQL: <paramref name="connectionString"/> names an empty database on the product's server.</summary>
    public static Task<BareApi> StartPostgresAsync(string connectionString) =>
        StartAsync(() => new Npgsql.NpgsqlConnection(connectionString), """
            CREATE TABLE applications (
                "Id" uuid NOT NULL PRIMARY KEY, "CycleId" uuid NOT NULL, "EmployeeNumber" text NOT NULL, "Education" text,
                "Title" text, "Department" text, "Expertise" text, "WorkHistory" text, "Pledged" boolean NOT NULL,
                "SubmittedAt" text NOT NULL);
            CREATE UNIQUE INDEX "IX_applications_CycleId_EmployeeNumber" ON applications ("CycleId", "EmployeeNumber");
            """, (id, cycle) => (id, cycle));

    private static async Task<BareApi> StartAsync(Func<DbConnection> connect, string schema, Func<Guid, Guid, (object Id, object Cycle)> keys)
    {
        using (var connection = connect())
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = schema;
            create.ExecuteNonQuery();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/api/cycles/{cycleId:guid}/applications", async (Guid cycleId, ApplicationBody body, CancellationToken ct) =>
        {
            var id = Guid.NewGuid();
            await using var connection = connect();
            await connection.OpenAsync(ct);
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO applications ("Id", "CycleId", "EmployeeNumber", "Education", "Title", "Department", "Expertise", "WorkHistory", "Pledged", "SubmittedAt")
                VALUES (@id, @cycle, @number, @education, @title, @department, @expertise, @work, @pledged, @at)
                """;
            var (idValue, cycleValue) = keys(id, cycleId);
            void Add(string name, object? value)
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                insert.Parameters.Add(parameter);
            }
            Add("@id", idValue);
            Add("@cycle", cycleValue);
            Add("@number", body.EmployeeNumber);
            Add("@education", body.Education);
            Add("@title", body.Title);
            Add("@department", body.Department);
            Add("@expertise", body.Expertise);
            Add("@work", body.WorkHistory);
            Add("@pledged", body.Pledged);
            Add("@at", DateTimeOffset.UtcNow.ToString("O"));
            await insert.ExecuteNonQueryAsync(ct);
            Interlocked.Increment(ref _statements);
            return Results.Created($"/api/cycles/{cycleId}/applications/{id}", new { id, employeeNumber = body.EmployeeNumber });
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new BareApi(app, connect, address);
    }

    public long CountApplications() => Scalar("SELECT COUNT(*) FROM applications");

    /// <summary>Rows for distinct employees: below <see cref="CountApplications"/> if any was stored twice.</summary>
    public long CountDistinctApplicants() => Scalar("SELECT COUNT(DISTINCT \"EmployeeNumber\") FROM applications");

    private long Scalar(string sql)
    {
        using var connection = _connect();
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = sql;
        return Convert.ToInt64(count.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
