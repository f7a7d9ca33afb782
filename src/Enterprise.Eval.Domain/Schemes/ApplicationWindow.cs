namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// An application window the notice fixes to the minute, in China wall-clock time (南通 2019年6月10日9:00 至
/// 6月13日16:00). Both ends inclusive.
/// </summary>
public sealed record ApplicationWindow
{
    public ApplicationWindow(DateTime opens, DateTime closes)
    {
        if (closes <= opens) throw new ArgumentException("The window must close after it opens.", nameof(closes));
        Opens = opens;
        Closes = closes;
    }

    public DateTime Opens { get; }
    public DateTime Closes { get; }

    /// <summary>The day durations count to when the scheme's reference date is the window's closing day.</summary>
    public DateOnly ClosingDay => DateOnly.FromDateTime(Closes);
}
