using Enterprise.Eval.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The address of an applicant's status page, <c>{PublicBaseUrl}/status/{token}</c>, for the mails about their
/// application. Null for an application made before tokens existed: the mail then simply has no link.
/// </summary>
public sealed class ApplicantStatusLinks(IEvalDbContext db, IOptions<PublicLinkOptions> options)
{
    public static string PagePath(string token) => "/status/" + token;

    /// <summary>The configured public base address (Http:PublicBaseUrl, else Http:Url), without a trailing slash.</summary>
    public string BaseUrl => options.Value.BaseUrl;

    public string Url(string token) => BaseUrl + PagePath(token);

    public async Task<string?> UrlForAsync(Guid applicationId, CancellationToken ct = default) =>
        (await UrlsForAsync([applicationId], ct)).GetValueOrDefault(applicationId);

    public async Task<IReadOnlyDictionary<Guid, string>> UrlsForAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken ct = default)
    {
        var urls = new Dictionary<Guid, string>();
        // An application added in this unit of work is not in the database yet; its token is on the tracked entry.
        foreach (var application in db.Applications.Local.Where(a => applicationIds.Contains(a.Id)))
        {
            if (db.Applications.Entry(application).Property<string?>(ApplicantStatusToken.Property).CurrentValue is { } token)
                urls[application.Id] = Url(token);
        }
        var rest = applicationIds.Where(id => !urls.ContainsKey(id)).ToList();
        if (rest.Count == 0) return urls;
        var stored = await db.Applications.AsNoTracking().Where(a => rest.Contains(a.Id))
            .Select(a => new { a.Id, Token = EF.Property<string?>(a, ApplicantStatusToken.Property) }).ToListAsync(ct);
        foreach (var s in stored.Where(s => s.Token is not null))
            urls[s.Id] = Url(s.Token!);
        return urls;
    }
}
