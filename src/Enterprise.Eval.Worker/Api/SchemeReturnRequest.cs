namespace Enterprise.Eval.Worker.Api;

public sealed record SchemeReturnRequest(string? Comments);
