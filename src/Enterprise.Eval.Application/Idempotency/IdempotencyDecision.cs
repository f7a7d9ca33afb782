namespace Enterprise.Eval.Application.Idempotency;

public enum IdempotencyDecision
{
    /// <summary>First use of the key (or the earlier run was lost): run the handler, then complete or release.</summary>
    Run,

    /// <summary>The same request was answered before: give the stored answer, do not run the handler.</summary>
    Replay,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,

    /// <summary>The first request with this key is still running.</summary>
    InProgress,
}
