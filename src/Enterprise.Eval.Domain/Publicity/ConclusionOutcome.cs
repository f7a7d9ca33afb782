namespace Enterprise.Eval.Domain.Publicity;

public enum ConclusionOutcome
{
    /// <summary>The list is fixed now.</summary>
    Concluded = 0,

    /// <summary>The period has ended but objections are open: it concludes when the last one is resolved.</summary>
    Held = 1,

    /// <summary>The period has not ended yet.</summary>
    NotYetDue = 2,

    AlreadyConcluded = 3,
}
