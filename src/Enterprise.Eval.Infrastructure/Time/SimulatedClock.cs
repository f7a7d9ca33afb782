using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Infrastructure.Time;

/// <summary>
/// Simulated time for the demo, rehearsals (演练) and tests: it reads as a chosen instant and ticks on in real time from
/// there (so timers and timeouts behave; Hangfire's delays are real time, and its jobs re-check this clock), and it only ever moves forward. Driven in code
/// (<see cref="MoveTo"/>) or by a file (<see cref="FollowFile"/>, configured by Clock:SimulatedNowFile).
/// </summary>
public sealed partial class SimulatedClock : TimeProvider
{
    private static readonly TimeSpan FileCheckInterval = TimeSpan.FromMilliseconds(100);
    private readonly TimeProvider _real;
    private readonly Lock _gate = new();
    private long _offsetTicks;
    private SimulatedNowSource? _source;

    public SimulatedClock(DateTimeOffset now, TimeProvider? real = null)
    {
        _real = real ?? System;
        _offsetTicks = (now - _real.GetUtcNow()).Ticks;
    }

    /// <summary>A clock that reads <paramref name="path"/> now and again whenever the file changes.</summary>
    /// <exception cref="InvalidOperationException">The file is missing or does not hold an instant with an offset.</exception>
    public static SimulatedClock FollowFile(string path, ILogger logger, TimeProvider? real = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(logger);
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full).Trim();
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Clock:SimulatedNowFile = '{path}' cannot be read ({e.Message}). Create it with one ISO-8601 instant, e.g. 2026-06-24T00:00:05+08:00, or remove the key to use the system clock.", e);
        }
        var start = TryParse(text) ?? throw new InvalidOperationException(
            $"Clock:SimulatedNowFile = '{path}' holds '{Shorten(text)}', which is not an ISO-8601 instant with an offset. Write e.g. 2026-06-24T00:00:05+08:00 (or …Z).");
        var clock = new SimulatedClock(start, real);
        clock._source = new SimulatedNowSource(full, logger, text) { CheckedAtTicks = clock._real.GetUtcNow().UtcTicks };
        return clock;
    }

    /// <summary>The file this clock follows, or null when it is moved in code only.</summary>
    public string? FilePath => _source?.Path;

    public override DateTimeOffset GetUtcNow()
    {
        if (_source is not null) Refresh(_source);
        return _real.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
    }

    /// <summary>Moves the clock so that it now reads <paramref name="instant"/>; false (and no move) when that is in its past.</summary>
    public bool MoveTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            var real = _real.GetUtcNow();
            if (instant < real.AddTicks(_offsetTicks)) return false;
            Interlocked.Exchange(ref _offsetTicks, (instant - real).Ticks);
            return true;
        }
    }

    /// <summary>An ISO-8601 instant that states its offset (Z or ±hh:mm); a bare local time is ambiguous and refused.</summary>
    public static DateTimeOffset? TryParse(string text) =>
        ExplicitOffset().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var instant)
            ? instant.ToUniversalTime()
            : null;

    private void Refresh(SimulatedNowSource source)
    {
        var real = _real.GetUtcNow().UtcTicks;
        if (real - Volatile.Read(ref source.CheckedAtTicks) < FileCheckInterval.Ticks) return;
        lock (_gate)
        {
            if (real - source.CheckedAtTicks < FileCheckInterval.Ticks) return;
            Volatile.Write(ref source.CheckedAtTicks, real);
            // A tiny file read ten times a second at most: cheaper to trust than time stamps of coarse file systems.
            string text;
            try
            {
                text = File.ReadAllText(source.Path).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return; // being replaced or briefly unreadable: read it on the next check
            }
            if (text == source.Text || text.Length == 0) return;
            source.Text = text;
            if (TryParse(text) is not { } instant)
                source.Logger.LogWarning("Simulated clock: {File} holds '{Text}', not an ISO-8601 instant with an offset; the clock runs on unchanged", source.Path, Shorten(text));
            else if (!MoveTo(instant))
                source.Logger.LogWarning("Simulated clock: {File} names {Instant:o}, which is before the clock's now; time never runs backwards, so the clock runs on unchanged", source.Path, instant);
            else
                source.Logger.LogWarning("Simulated clock moved to {Instant:o} by {File}", instant, source.Path);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOffset();

    private sealed class SimulatedNowSource(string path, ILogger logger, string text)
    {
        public string Path { get; } = path;
        public ILogger Logger { get; } = logger;
        public string Text { get; set; } = text;
        public long CheckedAtTicks; // read without the lock on every GetUtcNow
    }
}
