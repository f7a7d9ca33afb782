using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Enterprise.Eval.TestKit;

/// <summary>
/// A throwaway PostgreSQL server from the Debian binaries: initdb into a temporary directory, pg_ctl start on a free
/// loopback port, removed on dispose. Runs as the `postgres` user when the tests run as root (initdb refuses root).
/// Fails loudly when it cannot start: PostgreSQL tests never skip.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _dir;
    private readonly string _bin;
    private int _databases;

    private PostgresServer(string dir, string bin, int port)
    {
        _dir = dir;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var dir = Path.Combine(Path.GetTempPath(), "eval-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var port = FreePort();
        var server = new PostgresServer(dir, bin, port);
        if (IsRoot()) await Run("chown", "-R", "postgres:postgres", dir);
        await server.AsServerUser($"{bin}/initdb -D {dir}/data -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 --no-sync");
        await server.AsServerUser($"{bin}/pg_ctl -D {dir}/data -l {dir}/log -w -t 60 -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start");
        return server;
    }

    /// <summary>A new empty database on this server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"eval_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        await AsServerUser($"{_bin}/psql -h 127.0.0.1 -p {Port} -U postgres -c \"CREATE DATABASE {name}\"");
        return $"Host=127.0.0.1;Port={Port};Database={name};Username=postgres;Pooling=true;Maximum Pool Size=50";
    }

    public async ValueTask DisposeAsync()
    {
        try { await AsServerUser($"{_bin}/pg_ctl -D {_dir}/data -m immediate -w stop"); }
        catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    private Task AsServerUser(string command) =>
        IsRoot() ? Run("su", "postgres", "-s", "/bin/sh", "-c", command) : Run("/bin/sh", "-c", command);

    private static async Task Run(string file, params string[] arguments)
    {
        var psi = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"PostgreSQL test server: `{file} {string.Join(' ', arguments)}` exited {process.ExitCode}: {await stderr}{await stdout}");
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => d).Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        return bin ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: run ./test.sh (it installs the Debian package `postgresql`).");
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
