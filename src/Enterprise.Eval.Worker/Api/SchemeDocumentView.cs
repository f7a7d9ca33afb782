using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.SchemeDocuments;

namespace Enterprise.Eval.Worker.Api;

/// <summary>A stored scheme as the API shows it; the YAML text only on request.</summary>
public sealed record SchemeDocumentView(
    Guid Id, string TemplateId, string Title, int Year, string TargetLevel, bool AssessmentRequired, string Status, string StatusText,
    string Sha256, string FileName, string? ReturnComments, DateTimeOffset UploadedAt, string UploadedBy, DateTimeOffset UpdatedAt, string? Content)
{
    public static SchemeDocumentView Of(SchemeDocument d) => Of(d, withContent: false);

    public static SchemeDocumentView Of(SchemeDocument d, bool withContent) => new(
        d.Id, d.TemplateId, d.Title, d.Year, d.TargetLevel.ChineseName(), d.AssessmentRequired, d.Status.ToString(),
        SchemeDocumentErrors.Status(d.Status), d.Sha256, d.FileName, d.ReturnComments, d.UploadedAt, d.UploadedBy, d.UpdatedAt,
        withContent ? d.Content : null);
}
