using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// A cycle's history line: <c>What</c>, <c>From</c> and <c>To</c> are codes for programs, <c>Text</c> the Chinese for
/// people; <c>At</c> is the instant and <c>AtText</c> its display text. <c>AtChina</c> is the older name of
/// <c>AtText</c>, kept for the clients that read it.
/// </summary>
public sealed record CycleEventView(
    string What, string From, string To, string Text, DateTimeOffset At, string AtText, string AtChina, string By, double? LateBySeconds, string? Note)
{
    public static CycleEventView Of(CycleEvent e) => new(
        e.What.ToString(), e.From.ToString(), e.To.ToString(), CycleText.Happening(e), e.At, ApiInstants.Text(e.At), ApiInstants.Text(e.At), e.By,
        e.LateBy?.TotalSeconds, e.Note);
}
