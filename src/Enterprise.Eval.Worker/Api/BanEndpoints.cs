using Enterprise.Eval.Application.Applications;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/bans: the authority's list of bans and credit records for the enterprise's staff (issue 19 point 5).</summary>
public static class BanEndpoints
{
    public const string RejectedCode = "EVAL-BAN-REJECTED";

    public static IEndpointRouteBuilder MapBanEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/bans").RequireEnterpriseKey().WithTags("人事事实")
            .MapPost("/", async (HttpContext http, MisconductRecordImport import, string? encoding, CancellationToken ct) =>
            {
                var (body, refusal) = await ImportBody.SpoolAsync(http, ct);
                if (refusal is not null) return refusal;
                using var buffer = new MemoryStream();
                await body!.CopyToAsync(buffer, ct);
                var result = await import.ImportAsync(http.EnterpriseId(), buffer.ToArray(), encoding, "api", ct);
                return result.IsValid
                    ? Results.Ok(new { added = result.Added, alreadyRecorded = result.AlreadyRecorded })
                    : Problems.Of(StatusCodes.Status422UnprocessableEntity, RejectedCode, $"名单有{result.Errors.Count}处错误，未导入任何记录", result.Errors);
            }).WithSummary("导入主管部门的禁止申报与诚信记录名单 CSV（工号、类型、开始日期、结束日期、原因、认定机关；有任何错误则全部不导入）")
            .WithRuleCodes(RejectedCode, "EVAL-BAN-*").WithProblemCodes(StatusCodes.Status413PayloadTooLarge, ImportBody.TooLargeCode)
            .AsImport("bans import FILE");
        return app;
    }
}
