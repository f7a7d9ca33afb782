using System.Diagnostics;
using System.Text;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Certificates;

/// <summary>
/// Two operating-system processes of the real executable (`cert issue --from FILE --chunk 1`, one transaction per
/// certificate) issuing into one PostgreSQL database at the same time.
/// </summary>
[Collection("postgres")]
public sealed class TwoProcessIssuance(PostgresFixture postgres)
{
    [Fact]
    public async Task TwoWorkerProcesses_500Each_OnOnePostgresDatabase_Produce1000DistinctNumbersWithSerials1To1000AndNoGaps()
    {
        await using var world = await CertificateWorld.CreateAsync(await TestDatabase.PostgresAsync(postgres.Server), employees: 1000);
        var cycle = Guid.NewGuid();
        var folder = Directory.CreateTempSubdirectory("eval-issue-").FullName;
        try
        {
            var fileA = WriteCandidates(folder, "a.csv", 1, 500);
            var fileB = WriteCandidates(folder, "b.csv", 501, 1000);

            var results = await Task.WhenAll(RunWorkerAsync(world, cycle, fileA), RunWorkerAsync(world, cycle, fileB));

            foreach (var (exit, output) in results) Assert.True(exit == 0, output);
            Assert.All(results, r => Assert.Contains("新发 500 张", r.Output));
            await using var db = world.Database.NewContext();
            var numbers = (await db.Certificates.AsNoTracking().ToListAsync()).Select(c => c.Number).ToList();
            Assert.Equal(1000, numbers.Distinct().Count());
            Assert.Equal(Enumerable.Range(1, 1000), numbers.Select(n => n.Serial).Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string WriteCandidates(string folder, string name, int from, int to)
    {
        var text = new StringBuilder("工号,职业编码,职业名称,工种,等级,发证日期,业绩评审\n");
        for (var i = from; i <= to; i++) text.Append($"E{i:00000},6-18-01-01,车工,数控车工,特级技师,2026-11-20,88.5\n");
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static async Task<(int Exit, string Output)> RunWorkerAsync(CertificateWorld world, Guid cycle, string file)
    {
        var psi = new ProcessStartInfo("dotnet", [WorkerAssembly(), "cert", "issue", "--cycle", cycle.ToString(), "--from", file,
            "--chunk", "1", "--enterprise", world.EnterpriseId.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["EVAL__Database__Provider"] = "PostgreSql";
        psi.Environment["EVAL__Database__ConnectionString"] = world.Database.Options.ConnectionString;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The Worker as built in its own project (with its packs), else the copy beside the tests.</summary>
    private static string WorkerAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var own = RepositoryRoot.File("src", "Enterprise.Eval.Worker", "bin", here.Parent!.Name, here.Name, "Enterprise.Eval.Worker.dll");
        return File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "Enterprise.Eval.Worker.dll");
    }
}
