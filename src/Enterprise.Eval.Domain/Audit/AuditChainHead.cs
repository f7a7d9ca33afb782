namespace Enterprise.Eval.Domain.Audit;

/// <summary>
/// The end of the audit chain: one row, locked by every transaction that appends records, so concurrent writers (two
/// workers, parallel requests) append one after the other instead of forking the chain.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    private AuditChainHead() { }

    public int Id { get; private set; }
    public long LastSequence { get; private set; }
    public string? LastHash { get; private set; }
}
