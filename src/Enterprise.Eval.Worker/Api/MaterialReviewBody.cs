namespace Enterprise.Eval.Worker.Api;

public sealed record MaterialReviewBody(bool Accepted, string? Reason);
