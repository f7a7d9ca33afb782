using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Publicity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// /publicity/{token}: the public page (no key; the unguessable token is the access) and its objection form, which
/// is CSRF-protected by ASP.NET Core antiforgery and rate-limited per page and client address. A successful post redirects
/// back to the page, so a reload never sends an objection twice.
/// </summary>
public static class PublicityPageEndpoints
{
    public const string RateLimitedCode = "EVAL-PUB-050";
    public const string BadFormCode = "EVAL-PUB-051";
    public const string TooLargeCode = "EVAL-PUB-052";

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
        }).WithMetadata(PublicPage.Publicity).WithTags(PublicPage.Tag).WithSummary("公示页面（公开，无需密钥；链接中的令牌即访问凭据）");

        app.MapPost("/publicity/{token}", async (string token, HttpContext http, PublicityService publicity, IAntiforgery antiforgery,
            ObjectionRateLimiter limiter, IOptions<PublicityPageOptions> options, TimeProvider clock, CancellationToken ct) =>
        {
            var notice = await publicity.FindByTokenAsync(token, ct);
            if (notice is null)
                return Html(PublicityPage.NotFound(), StatusCodes.Status404NotFound);
            // Size first, before anything parses the body: a form far over the limit is refused by its length alone.
            var tooLarge = Refused(TooLargeCode, $"提交内容过大。异议内容不得超过{PublicityErrors.MaxTextLength}字，姓名和联系方式各不超过{PublicityErrors.MaxFieldLength}字。");
            if (!LimitBody(http, options.Value.MaxFormBytes))
                return Page(http, notice, antiforgery, clock, tooLarge, StatusCodes.Status413PayloadTooLarge);
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
                return Page(http, notice, antiforgery, clock, Refused(BadFormCode, "页面已过期，请刷新页面后重新提交。"), StatusCodes.Status400BadRequest);

            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(ct);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return Page(http, notice, antiforgery, clock, tooLarge, StatusCodes.Status413PayloadTooLarge);
            }
            var entry = form["entry"].ToString();
            var submission = new ObjectionSubmission(
                Guid.TryParse(entry, out var applicationId) ? applicationId : Guid.Empty, form["text"], form["name"], form["contact"]);
            var findings = notice.Check(submission, clock.GetUtcNow());
            // Only a post that would be taken spends a permit, so junk posts cannot use up a colleague's turn.
            if (findings.Count == 0 && !limiter.TryAcquire(token, http))
                return Page(http, notice, antiforgery, clock, Refused(RateLimitedCode, "提交过于频繁，请稍后再试。"), StatusCodes.Status429TooManyRequests);
            ObjectionReceipt receipt;
            try
            {
                receipt = findings.Count == 0 ? await publicity.ReceiveObjectionAsync(token, submission, ct) : new ObjectionReceipt(null, findings);
            }
            catch (NotFoundException)
            {
                return Html(PublicityPage.NotFound(), StatusCodes.Status404NotFound);
            }
            catch (DomainException e)
            {
                // The enterprise was suspended or struck off: its data takes no change, an objection included.
                return Page(http, notice, antiforgery, clock, Refused(e.Code, e.Message), StatusCodes.Status422UnprocessableEntity);
            }
            if (receipt.Accepted)
                return Results.Redirect($"{PublicityService.PagePath(token)}?received={receipt.Objection!.Number}");

            var fresh = await publicity.FindByTokenAsync(token, ct) ?? notice;
            var state = new PublicityFormState(receipt.Errors, entry, form["text"], form["name"]);
            return Page(http, fresh, antiforgery, clock, state, StatusCodes.Status422UnprocessableEntity);
        }).DisableAntiforgery().WithMetadata(PublicPage.ObjectionForm).WithTags(PublicPage.Tag)
            .WithSummary("在公示页面提交异议（表单，含防伪令牌；受理后重定向回公示页面并显示受理编号）");
        return app;
    }

    /// <summary>Caps the body the server will read for this request; false when its declared length is already over.</summary>
    private static bool LimitBody(HttpContext http, long maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
            return false;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
        return true;
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
