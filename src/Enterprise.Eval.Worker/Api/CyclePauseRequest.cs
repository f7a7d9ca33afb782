namespace Enterprise.Eval.Worker.Api;

public sealed record CyclePauseRequest(string? Reason);
