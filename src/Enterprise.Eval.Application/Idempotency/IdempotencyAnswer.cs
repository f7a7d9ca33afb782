namespace Enterprise.Eval.Application.Idempotency;

/// <summary>A handler's answer as it is kept for a retry.</summary>
public sealed record IdempotencyAnswer(int StatusCode, string? ContentType, string? Location, byte[] Body);
