using Enterprise.Eval.Infrastructure.Scheduling;
using Hangfire;
using Hangfire.Dashboard;

namespace Enterprise.Eval.Worker.Admin;

/// <summary>
/// Hangfire's dashboard at /hangfire for the signed-in administrator only: the endpoint requires the
/// <see cref="AdminCookie"/> policy (without a session the browser is sent to the sign-in form), and Hangfire's own
/// authorization filter checks the same session again, so neither an anonymous request nor an API key ever reaches
/// it. Jobs are shown under the Chinese names their [JobDisplayName] attributes give
/// (<see cref="CycleStepDisplayNameAttribute"/> for cycle steps).
/// </summary>
public static class HangfireDashboard
{
    public const string Path = "/hangfire";

    /// <summary>Pages for a person in a browser, not part of the HTTP API: left out of the OpenAPI document.</summary>
    public static IEndpointRouteBuilder MapAdminDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new SignedInAdministratorFilter()],
            DashboardTitle = "技能人才评价 · 调度面板",
            // The "back to site" link leads to the sign-in page, which offers signing out.
            AppPath = AdminCookie.SignInPath,
        }).RequireAuthorization(AdminCookie.Policy).ExcludeFromDescription();
        return app;
    }

    private sealed class SignedInAdministratorFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => AdminCookie.IsSignedIn(context.GetHttpContext().User);
    }
}
