namespace Enterprise.Eval.Domain.Publicity;

/// <summary>What an attempt to conclude came to, with a line HR can read.</summary>
public sealed record PublicityConclusion(ConclusionOutcome Outcome, int OpenObjections)
{
    public bool Changed => Outcome == ConclusionOutcome.Concluded || (Outcome == ConclusionOutcome.Held && WasJustHeld);

    /// <summary>True the first time the end is held, so HR is told once.</summary>
    public bool WasJustHeld { get; init; }

    public string Message => Outcome switch
    {
        ConclusionOutcome.Concluded => "公示结束，名单已确定。",
        ConclusionOutcome.Held => $"公示期已满，但仍有{OpenObjections}件异议未处理：处理完毕后公示自动结束。",
        ConclusionOutcome.NotYetDue => "公示期未满，不能结束公示。",
        _ => "公示已结束。",
    };
}
