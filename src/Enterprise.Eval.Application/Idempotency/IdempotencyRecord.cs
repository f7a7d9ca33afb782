namespace Enterprise.Eval.Application.Idempotency;

/// <summary>
/// One Idempotency-Key as a caller used it: the request it came with (method, path, SHA-256 of the body) and, once the
/// handler has answered, the answer to give again. Scope is the caller ("enterprise:{id}" or "admin"), so two callers
/// never share keys. Instants are Unix milliseconds because SQLite cannot compare DateTimeOffset in SQL.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
    }

    public Guid Id { get; private set; }
    public string Scope { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string Method { get; private set; } = "";
    public string Path { get; private set; } = "";
    public string RequestHash { get; private set; } = "";
    public bool Completed { get; private set; }
    public int? StatusCode { get; private set; }
    public string? ContentType { get; private set; }
    /// <summary>The answer's headers to give again (Location, Content-Disposition, X-Export-Batch…), as JSON pairs.</summary>
    public string? Headers { get; private set; }
    public byte[]? ResponseBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>While the first request runs, others with the key wait until this instant; after it the run counts as lost.</summary>
    public long LockedUntilMs { get; private set; }

    public long ExpiresAtMs { get; private set; }

    public static IdempotencyRecord Begin(IdempotencyRequest request, DateTimeOffset now, TimeSpan lockFor, TimeSpan keepFor) => new()
    {
        Id = Guid.NewGuid(),
        Scope = request.Scope,
        Key = request.Key,
        Method = request.Method,
        Path = request.Path,
        RequestHash = request.BodyHash,
        CreatedAt = now,
        LockedUntilMs = (now + lockFor).ToUnixTimeMilliseconds(),
        ExpiresAtMs = (now + keepFor).ToUnixTimeMilliseconds(),
    };

    public bool Matches(IdempotencyRequest request) =>
        Method == request.Method && Path == request.Path && RequestHash == request.BodyHash;
}
