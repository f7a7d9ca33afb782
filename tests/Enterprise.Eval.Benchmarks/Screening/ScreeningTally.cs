using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Benchmarks.Screening;

/// <summary>What a streamed screening run leaves behind: counts only, so no verdict outlives its row.</summary>
internal sealed class ScreeningTally
{
    public int Employees { get; set; }
    public long Traces { get; set; }
    public Dictionary<VerdictKind, int> ByKind { get; } = [];
}
