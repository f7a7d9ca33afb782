namespace Enterprise.Eval.Worker.Api;

public sealed record ApplicationReasonBody(string? Reason);
