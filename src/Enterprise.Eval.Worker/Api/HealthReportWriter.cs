using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Enterprise.Eval.Worker.Api;

/// <summary>Writes /health as JSON: the overall status and each check (database, scheduler) with its description.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        }));
    }
}
