namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// Timing rules: publicity lasts at least N working days; a publicity that starts at 00:00 counts its first day
/// (domain.md §3) unless the scheme says otherwise; the application window has a length or exact China times.
/// </summary>
public sealed record TimetableRules
{
    public int? PublicityMinWorkingDays { get; init; }
    public bool CountStartDayIfMidnight { get; init; } = true;
    public int? WindowLengthDays { get; init; }
    /// <summary>Exact window, China wall-clock times (南通 2019年6月10日9:00 至 6月13日16:00).</summary>
    public DateTime? WindowOpens { get; init; }
    public DateTime? WindowCloses { get; init; }
    public string? Source { get; init; }
}
