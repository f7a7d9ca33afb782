using System.Diagnostics;
using System.Security.Cryptography;
using Enterprise.Eval.Integration.Tests.Certificates;
using Enterprise.Eval.Integration.Tests.Hostile;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// kill -9 of `export run` at several moments of its run: the target path never holds a partial file (the verb writes
/// a temporary file and moves it), and a re-run writes a file with the same SHA-256 as an undisturbed run.
/// </summary>
public sealed class KilledExport
{
    private const int Certificates = 2000;

    [Fact]
    public async Task ExportKilledAtSeveralMoments_LeavesNoPartialTarget_AndTheRerunHasTheSameSha256()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: Certificates);
        var cycle = Guid.NewGuid();
        await world.IssueAsync([.. Enumerable.Range(0, Certificates).Select(i => world.Candidate(i, cycle))]);
        var folder = Directory.CreateTempSubdirectory("eval-export-kill-").FullName;
        try
        {
            string[] Arguments(string target) =>
                ["export", "run", "--cycle", cycle.ToString(), "--adapter", "national", "--out", target, "--enterprise", world.EnterpriseId.ToString()];
            var reference = Path.Combine(folder, "reference.csv");
            var watch = Stopwatch.StartNew();
            var (referenceExit, referenceOutput) = await WorkerProcess.RunAsync(world.Database.Options, Arguments(reference));
            var fullRun = watch.Elapsed;
            Assert.True(referenceExit == 0, referenceOutput);
            var expected = Sha256(reference);

            var target = Path.Combine(folder, "export.csv");
            var random = new Random(HostileBodies.Seed);
            for (var attempt = 0; attempt < 4; attempt++)
            {
                using (var worker = WorkerProcess.Start(world.Database.Options, Arguments(target)))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(fullRun.TotalMilliseconds * random.NextDouble()));
                    if (!worker.HasExited) worker.Kill();
                    await worker.WaitAsync(TimeSpan.FromSeconds(30));
                }
                Assert.True(!File.Exists(target) || Sha256(target) == expected, $"attempt {attempt}: a partial file is at the target path");
            }

            var (exit, output) = await WorkerProcess.RunAsync(world.Database.Options, Arguments(target));
            Assert.True(exit == 0, output);
            Assert.Equal(expected, Sha256(target));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
