namespace Enterprise.Eval.Domain.Cycles;

public enum CycleEventKind
{
    Drafted,
    Scheduled,
    WindowOpened,
    WindowClosed,
    ReviewStarted,
    PublicityStarted,
    Concluded,
    Certified,
    Reported,
    Paused,
    Resumed,
    WindowExtended,
    Submitted,
}
