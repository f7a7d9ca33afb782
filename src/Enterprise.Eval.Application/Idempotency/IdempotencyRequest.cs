namespace Enterprise.Eval.Application.Idempotency;

/// <summary>A keyed request as the store compares it: the caller's scope, the key, method, path with query, body hash.</summary>
public sealed record IdempotencyRequest(string Scope, string Key, string Method, string Path, string BodyHash);
