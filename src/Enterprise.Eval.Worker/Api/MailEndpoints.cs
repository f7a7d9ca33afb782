using Enterprise.Eval.Application.Notifications;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/mail: the caller's mails that did not go out, and sending a failed one again.</summary>
public static class MailEndpoints
{
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mail").RequireEnterpriseKey().WithTags("邮件通知").WithRuleCodes("EVAL-MAIL-*");

        group.MapGet("/failed", async ([AsParameters] PageQuery paging, HttpContext http, MailFailures failures, CancellationToken ct) =>
            {
                var (page, size) = Paging.Read(paging);
                var (items, total) = await failures.PageAsync(http.EnterpriseId(), Paging.Skip(page, size), size, ct);
                return Paging.Of(http, page, size, total, items);
            })
            .WithSummary("发送失败或缺少邮箱地址的邮件（本企业；分页，新的在前）").WithPaging();

        group.MapPost("/{id:long}/retry", async (long id, HttpContext http, MailFailures failures, CancellationToken ct) =>
            {
                // Scoped to the caller: another enterprise's mail is "not found", never "forbidden".
                await failures.RetryAsync(http.EnterpriseId(), id, "api", ct);
                return Results.NoContent();
            })
            .WithSummary("把一封发送失败的邮件重新放入发送队列");
        return app;
    }
}
