namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// What the scheme demands of a timetable. Seeds 003 and 004 require publicity of 不少于5个工作日 (at least five,
/// five included); window and review minimums are the scheme's own. <see cref="Publicity"/> says whether the scheme
/// holds a publicity at all (温州 001 has none); without one the publicity minimum is not used.
/// </summary>
public sealed record TimetableRules
{
    public TimetableRules(
        int minimumPublicityWorkdays, TimeSpan minimumWindow, TimeSpan minimumReview, bool countPublicityStartDayWhenStartedDuringDay = false,
        PublicityKind publicity = PublicityKind.AfterReview)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumPublicityWorkdays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumReview, TimeSpan.Zero);
        MinimumPublicityWorkdays = minimumPublicityWorkdays;
        MinimumWindow = minimumWindow;
        MinimumReview = minimumReview;
        CountPublicityStartDayWhenStartedDuringDay = countPublicityStartDayWhenStartedDuringDay;
        Publicity = publicity;
    }

    public static TimetableRules Default { get; } = new(5, TimeSpan.FromDays(1), TimeSpan.FromDays(1));

    public int MinimumPublicityWorkdays { get; }

    public TimeSpan MinimumWindow { get; }

    public TimeSpan MinimumReview { get; }

    /// <summary>Whether a publicity started part-way through a working day counts that day (domain.md §3).</summary>
    public bool CountPublicityStartDayWhenStartedDuringDay { get; }

    public PublicityKind Publicity { get; }

    public bool HoldsPublicity => Publicity != PublicityKind.None;
}
