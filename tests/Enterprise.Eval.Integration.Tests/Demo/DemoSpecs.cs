using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Faults;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Demo;

/// <summary>The README's quick start: `demo` runs a whole 江苏 cycle in the real executable and leaves what it names.</summary>
public sealed class DemoSpecs : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eval-demo-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Demo_LeavesCertificatesAnExportFileAndMails_WhereItSays()
    {
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = Path.Combine(_folder, "unused.db") };

        var (exit, output) = await WorkerProcess.RunAsync(database, "demo", "--folder", _folder);

        Assert.True(exit == 0, output);
        Assert.Contains("完成", output);
        Assert.Matches(@"公示页面 https?://[^/\s]+/publicity/[A-Za-z0-9_-]{16,}", output);
        var options = new DbContextOptionsBuilder<EvalDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new DatabaseOptions { SqlitePath = Path.Combine(_folder, "demo.db") });
        await using (var db = new EvalDbContext(options.Options))
        {
            var numbers = await db.Certificates.AsNoTracking().Select(c => c.Number.Value).ToListAsync();
            Assert.Equal(3, numbers.Count);
            Assert.All(numbers, n => Assert.Equal('T', n[15]));
            // Issue 18: the certificates follow a review that happened — a chosen form, a committee, marks and a vote.
            Assert.Equal(["performance"], await db.ReviewStages.AsNoTracking().Select(st => st.Code).ToListAsync());
            Assert.True(await db.ReviewMembers.CountAsync() >= 5);
            Assert.Equal(3 * await db.ReviewMembers.CountAsync(), await db.ReviewMarks.CountAsync());
            Assert.Equal(3, await db.ReviewBallots.CountAsync());
            Assert.True(await db.ReviewVoters.CountAsync() >= 15);
        }
        Assert.Contains("业绩评审", output);
        Assert.StartsWith("证书编号,", Application.Roster.TextFileDecoder.Decode(await File.ReadAllBytesAsync(Path.Combine(_folder, "national-export.csv")), "gb18030"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder, "mail"), "*.eml"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
