namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// One uploaded version of one material item. The file itself is stored once by its SHA-256 and never overwritten:
/// a replacement is a new version, and earlier versions stay as they were reviewed.
/// </summary>
public sealed class MaterialFile
{
    // For persistence.
    private MaterialFile()
    {
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string ItemCode { get; private set; } = "";
    public int Version { get; private set; }
    public string FileName { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    /// <summary>When HR must have reviewed it (南通: 24 hours); null where the scheme sets no limit.</summary>
    public DateTimeOffset? ReviewDueAt { get; private set; }
    public MaterialReviewStatus Review { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }

    internal static MaterialFile Upload(
        Guid applicationId, string itemCode, int version, string fileName, string sha256, long sizeBytes, DateTimeOffset at, int? reviewWithinHours) => new()
    {
        Id = Guid.NewGuid(), ApplicationId = applicationId, ItemCode = itemCode, Version = version, FileName = fileName,
        Sha256 = sha256, SizeBytes = sizeBytes, UploadedAt = at, Review = MaterialReviewStatus.Pending,
        ReviewDueAt = reviewWithinHours is { } hours ? at.AddHours(hours) : null,
    };

    internal void Accept(DateTimeOffset at, string by)
    {
        Review = MaterialReviewStatus.Accepted;
        ReturnReason = null;
        ReviewedAt = at;
        ReviewedBy = by;
    }

    internal void Return(string reason, DateTimeOffset at, string by)
    {
        Review = MaterialReviewStatus.Returned;
        ReturnReason = reason;
        ReviewedAt = at;
        ReviewedBy = by;
    }
}
