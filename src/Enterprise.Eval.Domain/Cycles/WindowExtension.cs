namespace Enterprise.Eval.Domain.Cycles;

/// <summary>The result of extending an open window: what happened, and whom to notify when it changed.</summary>
public sealed record WindowExtension(StepResult Result, CycleAudience Notify)
{
    public bool Changed => Result.Changed;
}
