using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>Keeps every structured log entry of a host, with its named values, for assertions.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner.Entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value), exception));
        }
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
