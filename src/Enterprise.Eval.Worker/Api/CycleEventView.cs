using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

public sealed record CycleEventView(string What, string From, string To, DateTimeOffset At, string AtChina, string By, double? LateBySeconds, string? Note)
{
    public static CycleEventView Of(CycleEvent e) => new(
        e.What.ToString(), e.From.ToString(), e.To.ToString(), e.At, ChinaTime.FormatInstant(e.At), e.By, e.LateBy?.TotalSeconds, e.Note);
}
