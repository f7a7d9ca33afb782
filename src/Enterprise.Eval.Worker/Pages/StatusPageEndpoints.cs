using Enterprise.Eval.Application.Applications;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// /status/{token}: the applicant's own page, reached from the link in their mails. The token is the only access, so
/// the answer is never cached or indexed and the link is not passed on as a referrer; an unknown token gets the same
/// plain 404 page whether or not anything like it exists.
/// </summary>
public static class StatusPageEndpoints
{
    public static IEndpointRouteBuilder MapStatusPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status/{token}", async (string token, HttpContext http, ApplicantStatusQuery query, TimeProvider clock, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            var view = await query.FindAsync(token, ct);
            return view is null
                ? Html(StatusPage.NotFound(), StatusCodes.Status404NotFound)
                : Html(StatusPage.Render(view, clock.GetUtcNow()), StatusCodes.Status200OK);
        }).WithMetadata(PublicPage.Status).WithTags(PublicPage.Tag).WithSummary("申报人本人的申报进度页面（公开，无需密钥；链接在其邮件中）");
        return app;
    }

    private static IResult Html(string html, int status) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
