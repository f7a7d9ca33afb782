using System.Net;
using System.Net.Sockets;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Faults;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>The service on a port another program holds stops at once with a Chinese message and the fix, no stack trace.</summary>
public sealed class PortInUseSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-port-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Service_OnAPortInUse_SaysWhichAddressAndHowToChooseAnother()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = Path.Combine(_folder, "eval.db") };

        using var worker = WorkerProcess.Start(database, new Dictionary<string, string> { ["Http:Url"] = url });
        var exit = await worker.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, exit);
        Assert.Contains($"EVAL-HTTP-010 无法启动服务：地址 {url} 的端口已被占用", worker.Output);
        Assert.Contains("EVAL__Http__Url", worker.Output);
        Assert.DoesNotContain("   at ", worker.Output);
        Assert.DoesNotContain("Exception", worker.Output);
    }
}
