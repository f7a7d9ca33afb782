namespace Enterprise.Eval.Worker.Cli;

/// <summary>The demo's simulated time: a whole evaluation year passes in seconds, moved forward step by step.</summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void MoveTo(DateTimeOffset instant) => _now = instant > _now ? instant : _now;
}
