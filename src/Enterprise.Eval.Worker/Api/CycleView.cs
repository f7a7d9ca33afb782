using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// A cycle as HR reads it: stage, timetable in China time, what happens next and when, application counts per state
/// (empty until applications exist) and the history with late-by.
/// </summary>
public sealed record CycleView(
    Guid Id, Guid SchemeId, int Year, string Status, string StatusText, bool IsPaused, CycleTimetableView? Timetable,
    string? Next, DateTimeOffset? NextDueAt, IReadOnlyDictionary<string, int> Applications, IReadOnlyList<CycleEventView> History)
{
    public static CycleView Of(EvaluationCycle c, DateTimeOffset now)
    {
        var next = c.WhatIsNext(now);
        return new CycleView(
            c.Id, c.SchemeId, c.Year, c.Status.ToString(), CycleText.Status(c.Status), c.IsPaused,
            c.Timetable is null ? null : CycleTimetableView.Of(c.Timetable), next?.ChineseText, next?.DueAt,
            new Dictionary<string, int>(), c.History.Select(CycleEventView.Of).ToList());
    }
}

public sealed record CycleTimetableView(
    string WindowOpensAt, string WindowClosesAt, string ReviewEndsAt, string PublicityStartsAt, string PublicityEndsAt,
    int PublicityWorkdays, string Publicity, string CertificatesDueAt)
{
    public static CycleTimetableView Of(CycleTimetable t) => new(
        ChinaTime.FormatInstant(t.WindowOpensAt), ChinaTime.FormatInstant(t.WindowClosesAt), ChinaTime.FormatInstant(t.ReviewEndsAt),
        ChinaTime.FormatInstant(t.PublicityStartsAt), $"{ChinaTime.FormatDate(t.PublicityEndDate)} 24:00", t.PublicityWorkdays,
        t.PublicityText, ChinaTime.FormatInstant(t.CertificatesDueAt));
}

public sealed record CycleEventView(string What, string From, string To, DateTimeOffset At, string AtChina, string By, double? LateBySeconds, string? Note)
{
    public static CycleEventView Of(CycleEvent e) => new(
        e.What.ToString(), e.From.ToString(), e.To.ToString(), e.At, ChinaTime.FormatInstant(e.At), e.By, e.LateBy?.TotalSeconds, e.Note);
}
