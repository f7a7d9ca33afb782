using Enterprise.Eval.Infrastructure;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Worker.Admin;
using Enterprise.Eval.Worker.Api;
using Enterprise.Eval.Worker.WebConsole;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker;

/// <summary>The long-running service: HTTP API, publicity pages, the durable scheduler and health checks.</summary>
public static class ServiceHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEvalConfiguration(args);
        configure?.Invoke(builder);

        builder.Services.AddOptions<HttpOptions>().Bind(builder.Configuration.GetSection(HttpOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HttpOptions>, HttpOptions.Validator>();
        builder.Services.AddEnterpriseEval(builder.Configuration);
        builder.Services.AddBackgroundInfrastructure(builder.Configuration);
        builder.Services.AddMailDispatch();
        builder.Services.AddApi();
        builder.Services.AddAdminSignIn();
        builder.Services.AddConsole(builder.Configuration);
        builder.Services.AddEvalDataProtection(builder.Configuration);
        var url = builder.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>()?.Url ?? new HttpOptions().Url;
        builder.WebHost.UseUrls(url);

        var app = builder.Build();
        app.UseApi();
        app.UseAdminSignIn();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapEvalApi();
        app.MapAdminSignIn().MapAdminDashboard();
        app.MapConsole();
        return app;
    }

    /// <summary>Applies migrations, then serves until Ctrl+C (the scheduler stops after running jobs finish).</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken ct = default)
    {
        var app = Build(args);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        await app.RunAsync();
        return 0;
    }
}
