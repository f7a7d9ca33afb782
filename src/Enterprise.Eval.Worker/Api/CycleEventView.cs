using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

/// <summary>A cycle's history line: <c>What</c>, <c>From</c> and <c>To</c> are codes for programs, <c>Text</c> the Chinese for people.</summary>
public sealed record CycleEventView(
    string What, string From, string To, string Text, DateTimeOffset At, string AtChina, string By, double? LateBySeconds, string? Note)
{
    public static CycleEventView Of(CycleEvent e) => new(
        e.What.ToString(), e.From.ToString(), e.To.ToString(), CycleText.Happening(e), e.At, ChinaTime.FormatInstant(e.At), e.By,
        e.LateBy?.TotalSeconds, e.Note);
}
