namespace Enterprise.Eval.Application.Idempotency;

/// <summary>
/// A handler's answer as it is kept for a retry: status, content type, the headers worth giving again (name and value
/// pairs; a name may repeat) and the body.
/// </summary>
public sealed record IdempotencyAnswer(int StatusCode, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();
}
