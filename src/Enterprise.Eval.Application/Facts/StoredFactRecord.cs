namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// One kind of imported facts for one employee of one enterprise, kept as the JSON the importer's records serialise
/// to: screening reads them whole, never queries inside them.
/// </summary>
public sealed class StoredFactRecord
{
    private StoredFactRecord() { }

    public StoredFactRecord(Guid enterpriseId, string employeeNumber, FactCategory category, string payload, DateTimeOffset importedAt, string importedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        Id = Guid.NewGuid();
        EnterpriseId = enterpriseId;
        EmployeeNumber = employeeNumber;
        Category = category;
        Payload = payload;
        ImportedAt = importedAt.ToUniversalTime();
        ImportedBy = importedBy;
    }

    /// <summary>A later import of the same kind for the same employee: its records replace these.</summary>
    public void Replace(string payload, DateTimeOffset importedAt, string importedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        Payload = payload;
        ImportedAt = importedAt.ToUniversalTime();
        ImportedBy = importedBy;
    }

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public string EmployeeNumber { get; private set; } = "";
    public FactCategory Category { get; private set; }
    public string Payload { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }
    public string ImportedBy { get; private set; } = "";
}
