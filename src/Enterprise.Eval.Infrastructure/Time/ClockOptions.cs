namespace Enterprise.Eval.Infrastructure.Time;

/// <summary>Section "Clock": where the service reads "now". Unset, it is the system clock.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>
    /// Rehearsal (演练) and test facility, never for production: a file holding one ISO-8601 instant with an offset,
    /// e.g. <c>2026-06-24T00:00:05+08:00</c>. The service reads it as "now" and runs on in real time from there;
    /// writing a later instant into the file moves the service's clock forward (within about 0.1 s). Earlier instants
    /// are refused: time never runs backwards. Several nodes may share one file.
    /// </summary>
    public string? SimulatedNowFile { get; set; }
}
