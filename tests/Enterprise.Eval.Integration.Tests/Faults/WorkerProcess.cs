using System.Diagnostics;
using System.Text;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>The real Worker executable as a child process over a test database, with its stdout and stderr captured.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private WorkerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static WorkerProcess Start(DatabaseOptions database, params string[] arguments) => Start(database, null, arguments);

    /// <summary>Starts the Worker with extra configuration keys (e.g. "Clock:SimulatedNowFile"), passed as EVAL__ variables.</summary>
    /// <remarks>
    /// Logs at Debug as JSON, one entry a line (<c>Logging:Console:FormatterName=json</c>, as a log shipper would set
    /// it), so tests can find a level or an escaped SQL statement in a line; the product's default is the plain format.
    /// </remarks>
    public static WorkerProcess Start(DatabaseOptions database, IReadOnlyDictionary<string, string>? settings, params string[] arguments)
    {
        var psi = StartInfo(database, settings, arguments, psi =>
        {
            psi.Environment["EVAL__Logging__LogLevel__Default"] = "Debug";
            psi.Environment["Logging__LogLevel__Default"] = "Debug";
            psi.Environment["EVAL__Logging__Console__FormatterName"] = "json";
        });
        return new WorkerProcess(Process.Start(psi)!);
    }

    /// <summary>
    /// Starts the Worker as a new user would meet it: the product's own logging defaults, and a home folder of its own
    /// (<paramref name="home"/>) holding nothing from earlier runs.
    /// </summary>
    public static WorkerProcess StartAsNewUser(DatabaseOptions database, IReadOnlyDictionary<string, string> settings, string home)
    {
        var psi = StartInfo(database, settings, [], psi =>
        {
            psi.Environment["HOME"] = home;
            foreach (var inherited in psi.Environment.Keys.Where(k => k.StartsWith("Logging__", StringComparison.Ordinal) || k.StartsWith("EVAL__Logging__", StringComparison.Ordinal)).ToList())
                psi.Environment.Remove(inherited);
        });
        return new WorkerProcess(Process.Start(psi)!);
    }

    /// <param name="defaults">Environment set before <paramref name="settings"/>, which may override it.</param>
    private static ProcessStartInfo StartInfo(DatabaseOptions database, IReadOnlyDictionary<string, string>? settings, string[] arguments, Action<ProcessStartInfo> defaults)
    {
        var psi = new ProcessStartInfo("dotnet", [WorkerAssembly(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["EVAL__Database__Provider"] = database.Provider.ToString();
        if (database.SqlitePath is not null) psi.Environment["EVAL__Database__SqlitePath"] = database.SqlitePath;
        if (database.ConnectionString is not null) psi.Environment["EVAL__Database__ConnectionString"] = database.ConnectionString;
        defaults(psi);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            psi.Environment["EVAL__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return psi;
    }

    public static async Task<(int Exit, string Output)> RunAsync(DatabaseOptions database, params string[] arguments)
    {
        using var worker = Start(database, arguments);
        var exit = await worker.WaitAsync(TimeSpan.FromMinutes(4));
        return (exit, worker.Output);
    }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>kill -9 of the whole process tree: no finally blocks, no disposal, no flush.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>The Worker as built in its own project (with its packs), else the copy beside the tests.</summary>
    private static string WorkerAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var own = RepositoryRoot.File("src", "Enterprise.Eval.Worker", "bin", here.Parent!.Name, here.Name, "Enterprise.Eval.Worker.dll");
        return File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "Enterprise.Eval.Worker.dll");
    }
}
