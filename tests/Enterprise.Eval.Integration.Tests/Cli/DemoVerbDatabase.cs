using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Faults;
using Enterprise.Eval.Integration.Tests.Plugins;
using Enterprise.Eval.Worker;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>
/// The database the README's quick start leaves (`demo` run by the real executable: an enterprise, the sample roster, a
/// published 江苏 scheme, a certified cycle), shared by the specs that run read-only verbs over a realistic data set,
/// and the IDs those verbs take.
/// </summary>
public sealed class DemoVerbDatabase : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "eval-demo-verbs-" + Guid.NewGuid().ToString("N")[..8]);

    public string DatabasePath => Path.Combine(Folder, "demo.db");

    public ServiceProvider Services { get; private set; } = null!;

    public Guid EnterpriseId { get; private set; }

    public Guid SchemeId { get; private set; }

    public Guid CycleId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string CertificateNumber { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var (exit, output) = await WorkerProcess.RunAsync(
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = Path.Combine(Folder, "unused.db") }, "demo", "--folder", Folder);
        if (exit != 0) throw new InvalidOperationException("demo failed: " + output);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = DatabasePath, ["Plugins:Folder"] = PackFolders.Built,
            ["Mail:Delivery"] = "Pickup", ["Mail:PickupFolder"] = Path.Combine(Folder, "mail"), ["Materials:Folder"] = Path.Combine(Folder, "materials"),
        }).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEnterpriseEval(configuration).BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        EnterpriseId = (await db.Enterprises.AsNoTracking().SingleAsync()).Id;
        SchemeId = (await db.SchemeDocuments.AsNoTracking().SingleAsync()).Id;
        CycleId = (await db.Cycles.AsNoTracking().SingleAsync()).Id;
        ApplicationId = (await db.Applications.AsNoTracking().FirstAsync()).Id;
        CertificateNumber = (await db.Certificates.AsNoTracking().Select(c => c.Number.Value).ToListAsync()).Min(StringComparer.Ordinal)!;
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
