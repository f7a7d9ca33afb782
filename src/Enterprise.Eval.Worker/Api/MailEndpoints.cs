using Enterprise.Eval.Application.Notifications;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/mail: the caller's mails that did not go out, and sending a failed one again.</summary>
public static class MailEndpoints
{
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mail").RequireEnterpriseKey().WithTags("邮件通知");

        group.MapGet("/failed", async (HttpContext http, MailFailures failures, int? limit, CancellationToken ct) =>
                Results.Ok(await failures.ListAsync(http.EnterpriseId(), limit ?? 500, ct)))
            .WithSummary("发送失败或缺少邮箱地址的邮件（本企业）");

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
