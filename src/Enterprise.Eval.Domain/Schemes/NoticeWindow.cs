namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// The application window as a scheme's notice states it, to the minute in China wall-clock time (南通 2019年6月10日9:00 至
/// 6月13日16:00), both ends inclusive. It fixes the reference day durations count to; the cycle's own window (instants,
/// <see cref="Applications.ApplicationWindow"/>) is what accepts applications.
/// </summary>
public sealed record NoticeWindow
{
    public NoticeWindow(DateTime opens, DateTime closes)
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
