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
    /// <summary>报送: the unit sends its confirmed list to the authority that decides and issues (authority-issued schemes only).</summary>
    Submit,
    Certify,
    Report,
}
