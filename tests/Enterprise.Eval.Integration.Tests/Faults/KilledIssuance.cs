using System.Text;
using System.Text.RegularExpressions;
using Enterprise.Eval.Integration.Tests.Certificates;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// kill -9 of `cert issue` half-way through a large list, then the same command again: every candidate ends with
/// exactly one certificate, serials run 1..N without a gap, and the re-run issues only those the killed run had not.
/// </summary>
public abstract partial class KilledIssuance
{
    private const int Candidates = 2000;
    private const int KillAfter = 300;

    protected abstract Task<TestDatabase> NewDatabaseAsync();

    [Fact]
    public async Task IssueKilledMidway_ThenRerun_IssuesTheRestOnceWithGaplessSerials()
    {
        await using var world = await CertificateWorld.CreateAsync(await NewDatabaseAsync(), employees: Candidates);
        var cycle = Guid.NewGuid().ToString();
        var folder = Directory.CreateTempSubdirectory("eval-kill-").FullName;
        try
        {
            var file = Path.Combine(folder, "candidates.csv");
            var text = new StringBuilder("工号,职业编码,职业名称,工种,等级,发证日期,业绩评审\n");
            for (var i = 1; i <= Candidates; i++) text.Append($"E{i:00000},6-18-01-01,车工,数控车工,特级技师,2026-11-20,88.5\n");
            await File.WriteAllTextAsync(file, text.ToString());
            string[] arguments = ["cert", "issue", "--cycle", cycle, "--from", file, "--chunk", "7", "--enterprise", world.EnterpriseId.ToString()];

            int atKill;
            using (var first = WorkerProcess.Start(world.Database.Options, arguments))
            {
                var deadline = DateTime.UtcNow.AddMinutes(3);
                while (await CountAsync(world) < KillAfter)
                {
                    Assert.False(first.HasExited, "the first run ended before it could be killed:\n" + first.Output);
                    Assert.True(DateTime.UtcNow < deadline, "no progress:\n" + first.Output);
                    await Task.Delay(20);
                }
                first.Kill();
                await first.WaitAsync(TimeSpan.FromSeconds(30));
            }
            atKill = await CountAsync(world);
            Assert.InRange(atKill, KillAfter, Candidates - 1);

            var (exit, output) = await WorkerProcess.RunAsync(world.Database.Options, arguments);

            Assert.True(exit == 0, output);
            var summary = Summary().Match(output);
            Assert.True(summary.Success, output);
            Assert.Equal(Candidates - atKill, int.Parse(summary.Groups[1].Value));
            Assert.Equal(atKill, int.Parse(summary.Groups[2].Value));
            await using var db = world.Database.NewContext();
            var certificates = await db.Certificates.AsNoTracking().ToListAsync();
            Assert.Equal(Candidates, certificates.Count);
            Assert.Equal(Candidates, certificates.Select(c => c.HolderEmployeeId).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, Candidates), certificates.Select(c => c.Number.Serial).Order());
            Assert.Equal(Candidates, certificates.Select(c => c.Number.Value).Distinct().Count());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> CountAsync(CertificateWorld world)
    {
        await using var db = world.Database.NewContext();
        return await db.Certificates.CountAsync();
    }

    [GeneratedRegex(@"新发 (\d+) 张，已持有而跳过 (\d+) 人")]
    private static partial Regex Summary();
}

/// <summary><see cref="KilledIssuance"/> on an embedded SQLite file.</summary>
public sealed class KilledIssuanceOnSqlite : KilledIssuance
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

/// <summary><see cref="KilledIssuance"/> on PostgreSQL.</summary>
[Collection("postgres")]
public sealed class KilledIssuanceOnPostgres(PostgresFixture postgres) : KilledIssuance
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);
}
