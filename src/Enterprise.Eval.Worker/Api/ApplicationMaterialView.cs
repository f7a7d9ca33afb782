using Enterprise.Eval.Domain.Applications;

namespace Enterprise.Eval.Worker.Api;

public sealed record ApplicationMaterialView(
    Guid Id, string ItemCode, int Version, string FileName, string Sha256, long SizeBytes, DateTimeOffset UploadedAt, DateTimeOffset? ReviewDueAt,
    string Review, string? ReturnReason)
{
    public static ApplicationMaterialView Of(MaterialFile m) =>
        new(m.Id, m.ItemCode, m.Version, m.FileName, m.Sha256, m.SizeBytes, m.UploadedAt, m.ReviewDueAt, m.Review.ToString(), m.ReturnReason);
}
