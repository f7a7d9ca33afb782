namespace Enterprise.Eval.Application.Events;

/// <summary>Who made the transitions being saved: the actor the use case named when it saved (for the audit trail).</summary>
public sealed record EventContext(string Actor);
