using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Publicity;
using Microsoft.AspNetCore.Antiforgery;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// /publicity/{token}: the public page (no key; the unguessable token is the access) and its objection form, which
/// is CSRF-protected by ASP.NET Core antiforgery and rate-limited per client address. A successful post redirects
/// back to the page, so a reload never sends an objection twice.
/// </summary>
public static class PublicityPageEndpoints
{
    public const string RateLimitedCode = "EVAL-PUB-050";
    public const string BadFormCode = "EVAL-PUB-051";

    public static IServiceCollection AddPublicityPages(this IServiceCollection services)
    {
        services.AddAntiforgery(o => o.Cookie.Name = "eval-publicity-csrf");
        services.AddOptions<PublicityPageOptions>().BindConfiguration(PublicityPageOptions.Section);
        services.AddSingleton<ObjectionRateLimiter>();
        return services;
    }

    public static IEndpointRouteBuilder MapPublicityPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/publicity/{token}", async (string token, int? received, HttpContext http, PublicityService publicity, IAntiforgery antiforgery, TimeProvider clock, CancellationToken ct) =>
        {
            var notice = await publicity.FindByTokenAsync(token, ct);
            if (notice is null)
                return Html(PublicityPage.NotFound(), StatusCodes.Status404NotFound);
            var state = received is { } n && notice.Objections.Any(o => o.Number == n) ? PublicityFormState.Empty with { ReceivedNumber = n } : PublicityFormState.Empty;
            return Page(http, notice, antiforgery, clock, state, StatusCodes.Status200OK);
        }).ExcludeFromDescription();

        app.MapPost("/publicity/{token}", async (string token, HttpContext http, PublicityService publicity, IAntiforgery antiforgery, ObjectionRateLimiter limiter, TimeProvider clock, CancellationToken ct) =>
        {
            var notice = await publicity.FindByTokenAsync(token, ct);
            if (notice is null)
                return Html(PublicityPage.NotFound(), StatusCodes.Status404NotFound);
            if (!limiter.TryAcquire(http))
                return Page(http, notice, antiforgery, clock, Refused(RateLimitedCode, "提交过于频繁，请稍后再试。"), StatusCodes.Status429TooManyRequests);
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
                return Page(http, notice, antiforgery, clock, Refused(BadFormCode, "页面已过期，请刷新页面后重新提交。"), StatusCodes.Status400BadRequest);

            var form = await http.Request.ReadFormAsync(ct);
            var entry = form["entry"].ToString();
            var submission = new ObjectionSubmission(
                Guid.TryParse(entry, out var applicationId) ? applicationId : Guid.Empty, form["text"], form["name"], form["contact"]);
            ObjectionReceipt receipt;
            try
            {
                receipt = await publicity.ReceiveObjectionAsync(token, submission, ct);
            }
            catch (NotFoundException)
            {
                return Html(PublicityPage.NotFound(), StatusCodes.Status404NotFound);
            }
            if (receipt.Accepted)
                return Results.Redirect($"{PublicityService.PagePath(token)}?received={receipt.Objection!.Number}");

            var fresh = await publicity.FindByTokenAsync(token, ct) ?? notice;
            var state = new PublicityFormState(receipt.Errors, entry, form["text"], form["name"]);
            return Page(http, fresh, antiforgery, clock, state, StatusCodes.Status422UnprocessableEntity);
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static PublicityFormState Refused(string code, string message) => new([new FieldError("", code, message)]);

    private static IResult Page(HttpContext http, PublicityNotice notice, IAntiforgery antiforgery, TimeProvider clock, PublicityFormState state, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = PublicityPage.Render(notice, clock.GetUtcNow(), PublicityService.PagePath(notice.Token), tokens.FormFieldName, tokens.RequestToken ?? "", state);
        return Html(html, status);
    }

    private static IResult Html(string html, int status) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
