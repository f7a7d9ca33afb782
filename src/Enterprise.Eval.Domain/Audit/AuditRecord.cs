namespace Enterprise.Eval.Domain.Audit;

/// <summary>
/// One change made through the domain: who, when, what, and the state before and after (JSON, personal data masked).
/// Written in the same transaction as the change it describes.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord() { }

    public long Id { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }

    public static AuditRecord Of(Guid? enterpriseId, string actor, DateTimeOffset at, string action, string entityType, string entityId, string? before, string? after) =>
        new()
        {
            EnterpriseId = enterpriseId, Actor = actor, At = at, Action = action,
            EntityType = entityType, EntityId = entityId, Before = before, After = after,
        };
}
