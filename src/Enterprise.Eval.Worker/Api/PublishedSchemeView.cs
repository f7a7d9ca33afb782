using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.SchemeDocuments;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// A published scheme as the enterprise's staff read it (the HR platform shows it to employees): what it is, since
/// when it is published, and on request its text. Nothing about a person: no uploader, no comments, no assessor.
/// </summary>
public sealed record PublishedSchemeView(
    Guid Id, string Title, int Year, string TargetLevel, string? Region, IReadOnlyList<string> Occupations,
    DateTimeOffset PublishedAt, string PublishedAtText, string? Content)
{
    public static PublishedSchemeView Of(SchemeDocument d) => Of(d, withContent: false);

    public static PublishedSchemeView Of(SchemeDocument d, bool withContent)
    {
        var scheme = StoredSchemes.Of(d);
        return new(d.Id, d.Title, d.Year, d.TargetLevel.ChineseName(), scheme?.Region,
            scheme?.Occupations.Select(o => $"{o.Code} {o.Name}").ToList() ?? [],
            d.UpdatedAt, ApiInstants.Text(d.UpdatedAt), withContent ? d.Content : null);
    }
}
