using Enterprise.Eval.Infrastructure.Time;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>
/// Tests move the product's own simulated clock: forward only, the way a service finds the world when it comes back
/// after being down. Jumping to an instant the clock has just ticked past (a step at the same moment as the last) leaves
/// it where it is; a real jump into the past is a mistake in the test, so it fails loudly instead of being ignored.
/// </summary>
internal static class SimulatedClockJumps
{
    private static readonly TimeSpan JustPassed = TimeSpan.FromMinutes(1);

    public static void JumpTo(this SimulatedClock clock, DateTimeOffset instant)
    {
        var now = clock.GetUtcNow();
        if (clock.MoveTo(instant) || now - instant <= JustPassed) return;
        throw new InvalidOperationException($"The test clock cannot go back to {instant:o}: it reads {now:o}.");
    }
}
