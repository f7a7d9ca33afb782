using Hangfire.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Hangfire logs through one process-wide provider. Its ASP.NET Core provider holds the logger factory of the host
/// that configured Hangfire last, so in a process with several hosts (the tests) a host that stopped left every later
/// host's Hangfire parts logging into a disposed factory, which throws while they are being built. This provider
/// writes to the factory of the most recently started host that is still running, and drops the line when none is.
/// With one host per process, as the service runs, that is simply the host's own logging.
/// </summary>
public sealed class HangfireLogRouter : ILogProvider
{
    public static readonly HangfireLogRouter Instance = new();

    private static readonly Lock Gate = new();
    private static readonly List<ILoggerFactory> Running = [];

    public ILog GetLogger(string name) => new RoutedLog(name);

    private static ILoggerFactory? Current()
    {
        lock (Gate) return Running.Count > 0 ? Running[^1] : null;
    }

    /// <summary>Attaches the host's logging for as long as the host runs; registered before Hangfire's server, so it is detached after it stops.</summary>
    internal sealed class Attachment(ILoggerFactory factory) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lock (Gate) Running.Add(factory);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            lock (Gate) Running.Remove(factory);
            return Task.CompletedTask;
        }
    }

    private sealed class RoutedLog(string name) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (Current() is not { } factory) return false;
            ILogger logger;
            try
            {
                logger = factory.CreateLogger(name);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
            var level = logLevel switch
            {
                HangfireLevel.Trace => LogLevel.Trace,
                HangfireLevel.Debug => LogLevel.Debug,
                HangfireLevel.Info => LogLevel.Information,
                HangfireLevel.Warn => LogLevel.Warning,
                HangfireLevel.Error => LogLevel.Error,
                HangfireLevel.Fatal => LogLevel.Critical,
                _ => LogLevel.None,
            };
            // Hangfire asks with no message whether a level is enabled.
            if (messageFunc is null) return logger.IsEnabled(level);
            logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
            return true;
        }
    }
}
