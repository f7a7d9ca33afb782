using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Audit;

namespace Enterprise.Eval.Application.Audit;

/// <summary>
/// Adds an audit record to the unit of work, so it commits (or not) with the change it describes. Callers pass state
/// already masked: nothing here knows what is personal.
/// </summary>
public sealed class AuditTrail(IEvalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public void Record(Guid? enterpriseId, string actor, string action, string entityType, string entityId, object? before, object? after) =>
        db.AuditRecords.Add(AuditRecord.Of(
            enterpriseId, actor, clock.GetUtcNow(), action, entityType, entityId,
            before is null ? null : JsonSerializer.Serialize(before, Json),
            after is null ? null : JsonSerializer.Serialize(after, Json)));
}
