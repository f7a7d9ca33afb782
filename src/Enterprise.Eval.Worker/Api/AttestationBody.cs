namespace Enterprise.Eval.Worker.Api;

/// <summary>HR's yes/no on one item (the code the scheme gives it, e.g. ethics) with the reason the trace will show.</summary>
public sealed record AttestationBody(string? Item, bool? Confirmed, string? Reason);
