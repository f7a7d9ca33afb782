using System.Security.Cryptography;
using System.Text;

namespace Enterprise.Eval.Domain.Audit;

/// <summary>
/// One change made through the domain: who, when, what, and the state before and after (JSON, personal data masked).
/// Written in the same transaction as the change it describes, and chained: each record's hash covers its content
/// and the previous record's hash, so an edited or deleted record is detected by <see cref="AuditChain"/>.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord() { }

    public long Id { get; private set; }

    /// <summary>Position in the chain (1, 2, 3 …), assigned when the record is sealed.</summary>
    public long Sequence { get; private set; }

    public Guid? EnterpriseId { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string? PreviousHash { get; private set; }
    public string Hash { get; private set; } = "";

    public static AuditRecord Of(Guid? enterpriseId, string actor, DateTimeOffset at, string action, string entityType, string entityId, string? before, string? after) =>
        new()
        {
            // Whole milliseconds in UTC: every provider stores that exactly, so the hash still matches when read back.
            EnterpriseId = enterpriseId, Actor = actor, At = TruncateToMilliseconds(at.ToUniversalTime()), Action = action,
            EntityType = entityType, EntityId = entityId, Before = before, After = after,
        };

    /// <summary>Links the record after the one with <paramref name="previousHash"/> at position <paramref name="sequence"/>.</summary>
    public void Seal(long sequence, string? previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>The hash the record's current content and link imply; differs from <see cref="Hash"/> once edited.</summary>
    public string ComputeHash()
    {
        var content = string.Join('\u001f', Sequence, PreviousHash ?? "", EnterpriseId?.ToString() ?? "", Actor,
            At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), Action, EntityType, EntityId, Before ?? "\u0000", After ?? "\u0000");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, t.Offset);
}
