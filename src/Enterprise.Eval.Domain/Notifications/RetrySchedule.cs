namespace Enterprise.Eval.Domain.Notifications;

/// <summary>
/// Exponential backoff between delivery attempts: the delay after the n-th failed attempt is BaseDelay × 2^(n−1),
/// never more than MaxDelay; after MaxAttempts attempts the message is given up (Failed).
/// </summary>
public sealed class RetrySchedule
{
    public RetrySchedule(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        if (baseDelay <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(baseDelay), baseDelay, "The base delay must be positive.");
        if (maxDelay < baseDelay) throw new ArgumentOutOfRangeException(nameof(maxDelay), maxDelay, "The maximum delay cannot be below the base delay.");
        MaxAttempts = maxAttempts;
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
    }

    public int MaxAttempts { get; }
    public TimeSpan BaseDelay { get; }
    public TimeSpan MaxDelay { get; }

    /// <summary>The wait after the given number of failed attempts (1 = the first attempt failed).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // Past 2^30 the doubling only overflows; the cap has long been reached by then.
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var ticks = BaseDelay.Ticks * factor;
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>When to try again after a failed attempt, or null when the attempts are used up.</summary>
    public DateTimeOffset? NextAttempt(int attemptsMade, DateTimeOffset failedAt) =>
        attemptsMade >= MaxAttempts ? null : failedAt + DelayAfter(attemptsMade);
}
