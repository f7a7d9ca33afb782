using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// A cycle as HR reads it: stage, timetable (ISO 8601 instants in China time, each with its display text), what happens next and when, application counts per state
/// (empty until applications exist) and the history with late-by.
/// </summary>
public sealed record CycleView(
    Guid Id, Guid SchemeId, int Year, string Status, string StatusText, bool IsPaused, CycleTimetableView? Timetable,
    string? Next, DateTimeOffset? NextDueAt, string? NextDueAtText, IReadOnlyDictionary<string, int> Applications, IReadOnlyList<CycleEventView> History)
{
    public static CycleView Of(EvaluationCycle c, DateTimeOffset now)
    {
        var next = c.WhatIsNext(now);
        return new CycleView(
            c.Id, c.SchemeId, c.Year, c.Status.ToString(), CycleText.Status(c.Status), c.IsPaused,
            c.Timetable is null ? null : CycleTimetableView.Of(c.Timetable), next?.ChineseText, next?.DueAt, ApiInstants.Text(next?.DueAt),
            new Dictionary<string, int>(), c.History.Select(CycleEventView.Of).ToList());
    }
}
