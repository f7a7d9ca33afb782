namespace Enterprise.Eval.Domain.Cycles;

/// <summary>What a step did. <see cref="Event"/> is the audit entry recorded when the step was taken.</summary>
public sealed record StepResult(StepOutcome Outcome, CycleEvent? Event = null, IReadOnlyList<CycleIssue>? Issues = null)
{
    public bool Changed => Outcome == StepOutcome.Done;

    public IReadOnlyList<CycleIssue> Problems => Issues ?? [];

    public static StepResult AlreadyDone { get; } = new(StepOutcome.AlreadyDone);

    public static StepResult Paused { get; } = new(StepOutcome.Paused);
}
