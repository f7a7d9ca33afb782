using System.Net;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// Hangfire's SQLite storage runs some jobs twice when two processes share a file, so a second service process on the
/// same SQLite database is refused at start-up with EVAL-SCH-001, and the first keeps serving.
/// </summary>
public sealed class SecondServerOnOneSqliteFile
{
    [Fact]
    public async Task ASecondServiceProcessOnTheSameSqliteFile_StopsAtStartUp_WithEvalSch001_AndTheFirstKeepsServing()
    {
        await using var database = TestDatabase.Sqlite();
        var root = Directory.CreateTempSubdirectory("eval-second-node-").FullName;
        try
        {
            var clock = new ClockFile(Path.Combine(root, "now.txt"));
            clock.Set(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
            using var first = await ServiceNode.StartAsync(database, clock, Directory.CreateDirectory(Path.Combine(root, "a")).FullName);

            var secondAddress = ServiceNode.FreeAddress();
            using var second = WorkerProcess.Start(database.Options,
                ServiceNode.Settings(clock, Directory.CreateDirectory(Path.Combine(root, "b")).FullName, secondAddress));
            var exit = await second.WaitAsync(TimeSpan.FromSeconds(90));

            Assert.True(exit != 0, "the second process exited with 0:\n" + second.Output);
            Assert.Contains("EVAL-SCH-001", second.Output, StringComparison.Ordinal);
            Assert.Contains("另一个服务进程已在使用同一个 SQLite 数据库的调度", second.Output, StringComparison.Ordinal);
            using var client = first.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.False(first.HasExited);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
