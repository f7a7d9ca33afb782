namespace Enterprise.Eval.Domain.Cycles;

public enum StepOutcome
{
    /// <summary>The step was taken and recorded.</summary>
    Done,

    /// <summary>The step had already been taken: nothing changed (steps are safe to repeat).</summary>
    AlreadyDone,

    /// <summary>The cycle is paused: nothing changed until it is resumed.</summary>
    Paused,

    /// <summary>The step's instant has not come yet: nothing changed.</summary>
    NotYetDue,

    /// <summary>The request was refused for the reasons listed: nothing changed.</summary>
    Refused,
}
