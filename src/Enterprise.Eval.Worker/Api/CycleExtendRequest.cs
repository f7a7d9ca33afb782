namespace Enterprise.Eval.Worker.Api;

public sealed record CycleExtendRequest(string WindowClosesAt);
