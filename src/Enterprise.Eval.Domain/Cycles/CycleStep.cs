namespace Enterprise.Eval.Domain.Cycles;

/// <summary>The steps that move a cycle; each has one intention-named method on <see cref="EvaluationCycle"/>.</summary>
public enum CycleStep
{
    Schedule,
    OpenWindow,
    CloseWindow,
    StartReview,
    StartPublicity,
    Conclude,
    Certify,
    Report,
}
