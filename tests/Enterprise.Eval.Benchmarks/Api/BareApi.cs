using Enterprise.Eval.Worker.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// The bare baseline: an ASP.NET Core minimal API on its own loopback port that binds the same JSON body to the
/// product's <see cref="ApplicationBody"/>, inserts one row into a bare SQLite table with Microsoft.Data.Sqlite and
/// answers 201. Its file is WAL with the product's connection string settings (Cache=Shared, pooled, 30 s busy
/// timeout, default synchronous), so both pay the same durability per commit. No key check, screening, audit or mail.
/// </summary>
internal sealed class BareApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _connectionString;

    private BareApi(WebApplication app, string connectionString, Uri address)
    {
        _app = app;
        _connectionString = connectionString;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BareApi> StartAsync(string folder)
    {
        var connectionString = $"Data Source={Path.Combine(folder, "bare.db")};Cache=Shared;Pooling=True;Default Timeout=30";
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE applications (
                    "Id" TEXT NOT NULL PRIMARY KEY, "CycleId" TEXT NOT NULL, "EmployeeNumber" TEXT NOT NULL, "Education" TEXT,
                    "Title" TEXT, "Department" TEXT, "Expertise" TEXT, "WorkHistory" TEXT, "Pledged" INTEGER NOT NULL,
                    "SubmittedAt" TEXT NOT NULL);
                CREATE UNIQUE INDEX "IX_applications_CycleId_EmployeeNumber" ON applications ("CycleId", "EmployeeNumber");
                """;
            create.ExecuteNonQuery();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/api/cycles/{cycleId:guid}/applications", async (Guid cycleId, ApplicationBody body, CancellationToken ct) =>
        {
            var id = Guid.NewGuid();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO applications ("Id", "CycleId", "EmployeeNumber", "Education", "Title", "Department", "Expertise", "WorkHistory", "Pledged", "SubmittedAt")
                VALUES ($id, $cycle, $number, $education, $title, $department, $expertise, $work, $pledged, $at)
                """;
            insert.Parameters.AddWithValue("$id", id.ToString());
            insert.Parameters.AddWithValue("$cycle", cycleId.ToString());
            insert.Parameters.AddWithValue("$number", body.EmployeeNumber);
            insert.Parameters.AddWithValue("$education", (object?)body.Education ?? DBNull.Value);
            insert.Parameters.AddWithValue("$title", (object?)body.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$department", (object?)body.Department ?? DBNull.Value);
            insert.Parameters.AddWithValue("$expertise", (object?)body.Expertise ?? DBNull.Value);
            insert.Parameters.AddWithValue("$work", (object?)body.WorkHistory ?? DBNull.Value);
            insert.Parameters.AddWithValue("$pledged", body.Pledged);
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            await insert.ExecuteNonQueryAsync(ct);
            return Results.Created($"/api/cycles/{cycleId}/applications/{id}", new { id, employeeNumber = body.EmployeeNumber });
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new BareApi(app, connectionString, address);
    }

    public long CountApplications()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM applications";
        return (long)count.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
