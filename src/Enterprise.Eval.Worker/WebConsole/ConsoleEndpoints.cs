using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Accounts;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Exports;
using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Plugins.Abstractions;
using Enterprise.Eval.Worker.Admin;
using Enterprise.Eval.Worker.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>
/// /console: the web console for people (HR officers, committee members, reporting staff), server-rendered Razor
/// components returned by minimal-API endpoints (<see cref="RazorComponentResult{TComponent}"/>). Every page reads the
/// enterprise from the signed-in account, never from the URL, so another enterprise's cycle id answers 404; every
/// form carries an antiforgery token that the POST endpoint checks before it reads the form.
/// </summary>
public static class ConsoleEndpoints
{
    public const string BadFormCode = "EVAL-CON-001";
    public const string NotFoundCode = "EVAL-CON-002";
    public const string ForbiddenCode = "EVAL-CON-003";
    public const string HomePath = "/console";

    /// <summary>Same-origin only, no scripts at all: the console is plain HTML forms.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IServiceCollection AddConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatformSignIn(configuration);
        services.AddRazorComponents();
        // Chinese text as characters, not &#x…; entities: the pages stay readable as source and half the size.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<IPasswordHashing, IdentityPasswordHashing>();
        return services;
    }

    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/console.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(ConsoleStyles.Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();

        app.MapPlatformSignIn();
        app.MapGet(ConsoleSession.SignInPath, (string? returnUrl, HttpContext http, IAntiforgery antiforgery) =>
            SignInPageAsync(http, antiforgery, LocalOrHome(returnUrl), null, null)).ExcludeFromDescription();

        app.MapPost(ConsoleSession.SignInPath, async (HttpContext http, IAntiforgery antiforgery, ConsoleAccounts accounts, ILoggerFactory loggers, CancellationToken ct) =>
        {
            if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
            var form = await http.Request.ReadFormAsync(ct);
            var returnUrl = LocalOrHome(form["returnUrl"]);
            var outcome = await accounts.SignInAsync(form["email"], form["password"], ct);
            if (!outcome.Succeeded)
            {
                // The address typed is personal data: logged only as the refusal code.
                loggers.CreateLogger(typeof(ConsoleEndpoints)).LogWarning("Console sign-in refused ({Code})", outcome.RefusalCode);
                return SignInPageAsync(http, antiforgery, returnUrl, form["email"].ToString(), (outcome.RefusalCode!, outcome.RefusalMessage!),
                    outcome.RefusalCode == SignInOutcome.LockedOutCode ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized);
            }
            await http.SignInAsync(AdminCookie.Scheme, ConsoleSession.Principal(outcome.Account!), new AuthenticationProperties { IsPersistent = false });
            return Results.Redirect(returnUrl);
        }).DisableAntiforgery().ExcludeFromDescription();

        app.MapPost("/console/sign-out", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            await SignedInUserAsync(http);
            if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
            await http.SignOutAsync(AdminCookie.Scheme);
            return Results.Redirect(ConsoleSession.SignInPath);
        }).DisableAntiforgery().ExcludeFromDescription();

        app.MapGet("/console/invitation/{accountId:guid}/{token}", async (Guid accountId, string token, HttpContext http, IAntiforgery antiforgery, ConsoleAccounts accounts, CancellationToken ct) =>
        {
            var account = await accounts.FindInvitationAsync(accountId, token, ct);
            return Page<InvitationPage>(http, new()
            {
                ["Form"] = FormOf(http, antiforgery), ["Account"] = account, ["Action"] = http.Request.Path.Value!,
            }, account is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
        }).ExcludeFromDescription();

        app.MapPost("/console/invitation/{accountId:guid}/{token}", async (Guid accountId, string token, HttpContext http, IAntiforgery antiforgery, ConsoleAccounts accounts, CancellationToken ct) =>
        {
            if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
            var form = await http.Request.ReadFormAsync(ct);
            try
            {
                var account = await accounts.AcceptInvitationAsync(accountId, token, form["password"], ct);
                await http.SignInAsync(AdminCookie.Scheme, ConsoleSession.Principal(account), new AuthenticationProperties { IsPersistent = false });
                return Results.Redirect(HomePath);
            }
            catch (DomainException e)
            {
                return Page<InvitationPage>(http, new()
                {
                    ["Form"] = FormOf(http, antiforgery), ["Account"] = await accounts.FindInvitationAsync(accountId, token, ct),
                    ["Action"] = http.Request.Path.Value!, ["Error"] = ((string, string)?)(e.Code, e.Message),
                }, StatusCodes.Status422UnprocessableEntity);
            }
        }).DisableAntiforgery().ExcludeFromDescription();

        app.MapGet(HomePath, (HttpContext http, IAntiforgery antiforgery, CycleService cycles, ApplicationService applications, HeldApplications held, TimeProvider clock, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, null, async (account, form) =>
            {
                if (account.Role == ConsoleRole.ReportingStaff) return Results.Redirect("/console/reports");
                if (account.Role != ConsoleRole.HrOfficer)
                    return Page<HomePage>(http, new() { ["Account"] = account, ["Form"] = form });
                var now = clock.GetUtcNow();
                var rows = new List<CycleDashboardRow>();
                foreach (var cycle in await cycles.ListAsync(account.EnterpriseId, ct))
                {
                    var count = (await applications.ListAsync(account.EnterpriseId, cycle.Id, 1, 1, ct)).Total;
                    rows.Add(new CycleDashboardRow(CycleView.Of(cycle, now), count, await held.ListAsync(account.EnterpriseId, cycle.Id, ct)));
                }
                return Page<DashboardPage>(http, new() { ["Account"] = account, ["Form"] = form, ["Rows"] = rows });
            })).ExcludeFromDescription();

        app.MapGet("/console/cycles/{cycleId:guid}/applications", (Guid cycleId, string? occupation, string? verdict, HttpContext http, IAntiforgery antiforgery,
            CycleService cycles, ApplicationService applications, TimeProvider clock, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.HrOfficer, async (account, form) =>
            {
                var cycle = await cycles.GetAsync(account.EnterpriseId, cycleId, ct);
                var all = new List<(SkillApplication Application, Domain.Roster.Employee Employee)>();
                for (var page = 1; ; page++)
                {
                    var batch = await applications.ListAsync(account.EnterpriseId, cycleId, page, 500, ct);
                    all.AddRange(batch.Items);
                    if (all.Count >= batch.Total || batch.Items.Count == 0) break;
                }
                var rows = all.Select(i => RowOf(i.Application, i.Employee)).ToList();
                var filter = new ApplicationFilter(Blank(occupation), Blank(verdict));
                var shown = rows
                    .Where(r => filter.Occupation is null || r.OccupationCode == filter.Occupation)
                    .Where(r => filter.Verdict is null || (filter.Verdict == "None" ? r.Verdict is null : r.Verdict?.ToString() == filter.Verdict))
                    .ToList();
                var occupations = rows.Select(r => (r.OccupationCode, r.OccupationName)).Distinct().OrderBy(o => o.OccupationCode, StringComparer.Ordinal).ToList();
                var verdicts = Enum.GetValues<VerdictKind>().Select(k => (k.ToString(), k.ChineseName())).Append(("None", "尚未审查")).ToList();
                return Page<ApplicationsPage>(http, new()
                {
                    ["Account"] = account, ["Form"] = form, ["Cycle"] = CycleView.Of(cycle, clock.GetUtcNow()), ["Rows"] = shown,
                    ["Total"] = rows.Count, ["Filter"] = filter, ["Occupations"] = occupations, ["Verdicts"] = verdicts,
                    ["PerDay"] = cycle.Timetable is { } timetable
                        ? ConsoleCharts.ApplicationsPerDay(all.Select(i => i.Application.SubmittedAt).OfType<DateTimeOffset>(), timetable.WindowOpensAt, timetable.WindowClosesAt)
                        : Array.Empty<ChartBar>(),
                    ["PerOccupation"] = ConsoleCharts.VerdictsPerOccupation(rows),
                });
            })).ExcludeFromDescription();

        app.MapGet("/console/cycles/{cycleId:guid}/applications/{id:guid}", (Guid cycleId, Guid id, HttpContext http, IAntiforgery antiforgery,
            ApplicationService applications, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.HrOfficer, (account, form) => DetailAsync(http, account, form, applications, cycleId, id, null, ct)))
            .ExcludeFromDescription();

        app.MapPost("/console/cycles/{cycleId:guid}/applications/{id:guid}/attestations", (Guid cycleId, Guid id, HttpContext http, IAntiforgery antiforgery,
            ApplicationService applications, Application.Attestations.AttestationService attestations, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.HrOfficer, async (account, form) =>
            {
                if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
                var posted = await http.Request.ReadFormAsync(ct);
                try
                {
                    var confirmed = posted["confirmed"] == "yes";
                    if (!confirmed && posted["confirmed"] != "no") throw new DomainException("EVAL-CON-004", "请选择“确认”或“不予确认”");
                    // The API's use case: the application is screened again, a held one released or ruled out, a late no takes it out.
                    await attestations.RecordAsync(account.EnterpriseId, cycleId, id, posted["item"], confirmed, posted["reason"],
                        ConsoleAccounts.Actor(account), ct);
                    return Results.Redirect($"/console/cycles/{cycleId}/applications/{id}");
                }
                catch (DomainException e)
                {
                    return await DetailAsync(http, account, form, applications, cycleId, id, (e.Code, e.Message), ct);
                }
            })).DisableAntiforgery().ExcludeFromDescription();

        app.MapPost("/console/cycles/{cycleId:guid}/applications/{id:guid}/materials/{materialId:guid}/review", (Guid cycleId, Guid id, Guid materialId,
            HttpContext http, IAntiforgery antiforgery, ApplicationService applications, MaterialService materials, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.HrOfficer, async (account, form) =>
            {
                if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
                var posted = await http.Request.ReadFormAsync(ct);
                try
                {
                    var accepted = posted["decision"] == "accept";
                    if (!accepted && posted["decision"] != "return")
                        throw new DomainException("EVAL-CON-004", "请选择“通过”或“退回”");
                    // The same use case as the API's review endpoint; its rules (a reason to return, the deadline) apply here too.
                    await materials.ReviewAsync(account.EnterpriseId, cycleId, id, materialId, accepted, accepted ? null : posted["reason"].ToString(),
                        ConsoleAccounts.Actor(account), ct);
                    return Results.Redirect($"/console/cycles/{cycleId}/applications/{id}");
                }
                catch (DomainException e)
                {
                    return await DetailAsync(http, account, form, applications, cycleId, id, (e.Code, e.Message), ct);
                }
            })).DisableAntiforgery().ExcludeFromDescription();

        app.MapGet("/console/accounts", (HttpContext http, IAntiforgery antiforgery, ConsoleAccounts accounts, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.HrOfficer, async (account, form) =>
                Page<AccountsPage>(http, new() { ["Account"] = account, ["Form"] = form, ["Accounts"] = await accounts.ListAsync(account.EnterpriseId, ct) })))
            .ExcludeFromDescription();

        app.MapPost("/console/accounts/invite", (HttpContext http, IAntiforgery antiforgery, ConsoleAccounts accounts, IOptions<PublicLinkOptions> links, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.HrOfficer, async (account, form) =>
            {
                if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
                var posted = await http.Request.ReadFormAsync(ct);
                string? link = null;
                (string, string)? error = null;
                var status = StatusCodes.Status200OK;
                try
                {
                    if (!Enum.TryParse<ConsoleRole>(posted["role"], out var role) || !Enum.IsDefined(role))
                        throw new DomainException("EVAL-ACC-009", "角色（role）无效，请选择人事专员、评审委员或上报人员");
                    var (invited, token) = await accounts.InviteAsync(account, posted["email"], posted["displayName"], role, ct);
                    link = InvitationLink(links.Value, invited, token);
                }
                catch (DomainException e)
                {
                    error = (e.Code, e.Message);
                    status = StatusCodes.Status422UnprocessableEntity;
                }
                return Page<AccountsPage>(http, new()
                {
                    ["Account"] = account, ["Form"] = form, ["Accounts"] = await accounts.ListAsync(account.EnterpriseId, ct),
                    ["InvitationLink"] = link, ["Error"] = error,
                }, status);
            })).DisableAntiforgery().ExcludeFromDescription();

        MapReports(app);
        MapAdminAccountApi(app);
        return app;
    }

    /// <summary>The reporting staff's page: the same CycleExporter as the API's /api/exports, so the same rules refuse the same input.</summary>
    private static void MapReports(IEndpointRouteBuilder app)
    {
        app.MapGet("/console/reports", (HttpContext http, IAntiforgery antiforgery, CycleService cycles, CycleExporter exporter,
            ExportAdapterCatalog catalog, TimeProvider clock, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.ReportingStaff, (account, form) =>
                ReportsAsync(http, account, form, cycles, exporter, catalog, clock, null, ct))).ExcludeFromDescription();

        app.MapPost("/console/reports/run", (HttpContext http, IAntiforgery antiforgery, CycleService cycles, CycleExporter exporter,
            ExportAdapterCatalog catalog, TimeProvider clock, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.ReportingStaff, async (account, form) =>
            {
                if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
                var posted = await http.Request.ReadFormAsync(ct);
                try
                {
                    var adapter = catalog.Find(posted["adapter"].ToString())
                        ?? throw new DomainException(Domain.Certificates.CertificateIssueErrors.UnknownAdapter, $"没有名为“{posted["adapter"]}”的导出格式");
                    if (!Guid.TryParse(posted["cycleId"], out var cycleId)) throw new DomainException(BadFormCode, "请选择评价周期");
                    await cycles.GetAsync(account.EnterpriseId, cycleId, ct);   // another enterprise's cycle: 404, as everywhere
                    var fields = posted.Keys.Where(k => k.StartsWith("field:", StringComparison.Ordinal))
                        .ToDictionary(k => k["field:".Length..], k => posted[k].ToString(), StringComparer.Ordinal);
                    // Buffered, so a refused export answers with the page and its reason instead of half a file.
                    using var buffer = new MemoryStream();
                    await exporter.ExportAsync(account.EnterpriseId, cycleId, adapter, null, fields, buffer, ConsoleAccounts.Actor(account), ct);
                    SetPageHeaders(http);
                    var charset = adapter.DefaultFormat.Encoding == ExportEncoding.Gb18030 ? "gb18030" : "utf-8";
                    return Results.File(buffer.ToArray(), $"text/csv; charset={charset}", $"{adapter.Name}-{cycleId:N}.csv");
                }
                catch (DomainException e)
                {
                    return await ReportsAsync(http, account, form, cycles, exporter, catalog, clock, (e.Code, e.Message), ct);
                }
            })).DisableAntiforgery().ExcludeFromDescription();

        app.MapPost("/console/reports/batches/{batchId:guid}/answer", (Guid batchId, HttpContext http, IAntiforgery antiforgery, CycleService cycles,
            CycleExporter exporter, ExportAdapterCatalog catalog, TimeProvider clock, CancellationToken ct) =>
            SignedInAsync(http, antiforgery, ConsoleRole.ReportingStaff, async (account, form) =>
            {
                if (await RefusedFormAsync(http, antiforgery) is { } refused) return refused;
                var posted = await http.Request.ReadFormAsync(ct);
                try
                {
                    var accepted = posted["decision"] == "accept";
                    if (!accepted && posted["decision"] != "reject") throw new DomainException("EVAL-CON-004", "请选择“已接收”或“登记退回”");
                    var rows = accepted ? null : Cli.ExportVerbs.ParseRows(posted["rows"].ToString());
                    await exporter.AnswerAsync(account.EnterpriseId, batchId, accepted, rows, accepted ? null : posted["reason"].ToString(),
                        ConsoleAccounts.Actor(account), ct);
                    return Results.Redirect("/console/reports");
                }
                catch (Exception e) when (e is DomainException or ArgumentException)
                {
                    var (code, message) = e is DomainException d ? (d.Code, d.Message) : ("EVAL-CON-004", "退回时须填写退回原因");
                    return await ReportsAsync(http, account, form, cycles, exporter, catalog, clock, (code, message), ct);
                }
            })).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> ReportsAsync(HttpContext http, ConsoleAccount account, ConsoleForm form, CycleService cycles,
        CycleExporter exporter, ExportAdapterCatalog catalog, TimeProvider clock, (string, string)? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var known = (await cycles.ListAsync(account.EnterpriseId, ct)).ToList();
        var years = known.ToDictionary(c => c.Id, c => c.Year);
        var adapters = catalog.Adapters.Select(a => new ReportAdapterView(a.Name, a.Adapter.DisplayName,
            ExportSubjectNames.Of(ExportRowSource.SubjectOf(a.Adapter)), ExportRowSource.EnteredFields(a.Adapter))).ToList();
        var batches = (await exporter.ListAsync(account.EnterpriseId, null, ct)).Select(b => new ReportBatchView(b.Id, b.CycleId,
            years.GetValueOrDefault(b.CycleId), b.AdapterName, ExportSubjectNames.Of(b.Subject), b.RowCount, ChinaTime.FormatInstant(b.ExportedAt),
            b.Status switch { ExportBatchStatus.Accepted => "已接收", ExportBatchStatus.Rejected => "已退回", _ => "待答复" },
            b.Status == ExportBatchStatus.Pending,
            b.Status == ExportBatchStatus.Rejected ? $"第{b.RejectedRows}行，{b.RejectionReason}" : null)).ToList();
        return Page<ReportsPage>(http, new()
        {
            ["Account"] = account, ["Form"] = form, ["Cycles"] = known.Select(c => CycleView.Of(c, now)).ToList(),
            ["Adapters"] = adapters, ["Batches"] = batches, ["Error"] = error,
        }, error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> DetailAsync(HttpContext http, ConsoleAccount account, ConsoleForm form, ApplicationService applications,
        Guid cycleId, Guid id, (string, string)? error, CancellationToken ct)
    {
        var (application, employee) = await applications.GetAsync(account.EnterpriseId, cycleId, id, ct);
        var services = http.RequestServices;
        var cycle = await services.GetRequiredService<ApplicationCycles>().LoadAsync(account.EnterpriseId, cycleId, ct);
        var attested = await services.GetRequiredService<Application.Attestations.AttestationService>().ListAsync(account.EnterpriseId, cycleId, id, ct);
        return Page<ApplicationDetailPage>(http, new()
        {
            ["Account"] = account, ["Form"] = form, ["CycleId"] = cycleId, ["Row"] = RowOf(application, employee),
            ["Materials"] = application.Materials.OrderBy(m => m.ItemCode, StringComparer.Ordinal).ThenBy(m => m.Version).ToList(),
            ["Items"] = Application.Attestations.AttestedItems.Named(cycle.Scheme), ["Attestations"] = attested,
            ["Records"] = await applications.MisconductRecordsAsync(account.EnterpriseId, employee.Id, ct),
            ["Error"] = error,
        }, error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The invitation link people open; the token in it is the only copy.</summary>
    public static string InvitationLink(PublicLinkOptions links, ConsoleAccount account, string token) =>
        $"{links.BaseUrl}/console/invitation/{account.Id}/{token}";

    private static void MapAdminAccountApi(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/enterprises").RequireAdminKey().WithTags("管理：企业登记").WithRuleCodes("EVAL-ACC-*", "EVAL-ENT-*");
        admin.MapPost("/{id:guid}/hr-account", async (Guid id, HrAccountBody body, HttpContext http, ConsoleAccounts accounts, IOptions<PublicLinkOptions> links, CancellationToken ct) =>
        {
            var (account, token) = await accounts.CreateFirstHrOfficerAsync(id, body.Email, body.DisplayName, "admin", ct);
            http.Response.Headers.CacheControl = "no-store";   // the invitation link is shown once
            return Results.Created($"/api/admin/enterprises/{id}",
                new { account = new { account.Id, account.Email, account.DisplayName, role = account.Role.ToString() }, invitationUrl = InvitationLink(links.Value, account, token), account.InvitationExpiresAt });
        }).WithSummary("为企业创建第一个人事专员控制台账号（返回一次性邀请链接，只显示这一次）");
    }

    /// <summary>Runs a page for the signed-in account (of the role, when one is named); otherwise sign-in or a refusal.</summary>
    private static async Task<IResult> SignedInAsync(HttpContext http, IAntiforgery antiforgery, ConsoleRole? role, Func<ConsoleAccount, ConsoleForm, Task<IResult>> page)
    {
        var account = await SignedInUserAsync(http);
        if (account is null)
            return Results.Redirect($"{ConsoleSession.SignInPath}?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}");
        var form = FormOf(http, antiforgery);
        if (role is { } required && account.Role != required)
            return Message(http, account, form, "无权访问", ForbiddenCode, $"此页面仅供{required.Name()}使用；您的角色是{account.Role.Name()}。", StatusCodes.Status403Forbidden);
        try
        {
            return await page(account, form);
        }
        catch (NotFoundException)
        {
            // Another enterprise's id and an id that does not exist read the same.
            return Message(http, account, form, "未找到", NotFoundCode, "未找到该页面所指的数据：它不存在，或不属于本企业。", StatusCodes.Status404NotFound);
        }
    }

    /// <summary>The account behind the session, made the request's user so antiforgery tokens are bound to it.</summary>
    private static async Task<ConsoleAccount?> SignedInUserAsync(HttpContext http)
    {
        var account = await ConsoleSession.CurrentAsync(http);
        if (account is not null) http.User = ConsoleSession.Principal(account);
        return account;
    }

    private static IResult Message(HttpContext http, ConsoleAccount? account, ConsoleForm? form, string title, string code, string message, int status) =>
        Page<MessagePage>(http, new() { ["Title"] = title, ["Account"] = account, ["Form"] = form, ["Error"] = ((string, string)?)(code, message) }, status);

    private static async Task<IResult?> RefusedFormAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (http.Request.HasFormContentType && await antiforgery.IsRequestValidAsync(http)) return null;
        return Message(http, null, null, "表单已过期", BadFormCode, "表单已过期或缺少安全校验字段，未做任何更改。请刷新页面后重新提交。", StatusCodes.Status400BadRequest);
    }

    private static ConsoleForm FormOf(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new ConsoleForm(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    /// <summary>The sign-in page (with the platform's button when single sign-on is configured), with a refusal if any.</summary>
    internal static IResult SignInPageAsync(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? email, (string Code, string Message)? error,
        int status = StatusCodes.Status200OK)
    {
        var platform = http.RequestServices.GetRequiredService<IOptions<PlatformSignInOptions>>().Value;
        return Page<SignInPage>(http, new()
        {
            ["Form"] = FormOf(http, antiforgery), ["ReturnUrl"] = returnUrl, ["Email"] = email, ["Error"] = error,
            ["PlatformButton"] = platform.Enabled ? platform.ButtonText : null,
        }, status);
    }

    private static IResult Page<TComponent>(HttpContext http, Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        SetPageHeaders(http);
        return new RazorComponentResult<TComponent>(parameters) { StatusCode = status };
    }

    /// <summary>The headers every console page carries (no caching, no scripts, no framing, no referrer).</summary>
    internal static void SetPageHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";   // invitation links carry a token in the path
    }

    private static ApplicationRow RowOf(SkillApplication a, Domain.Roster.Employee e)
    {
        // The closing screening counts once it has run (as the API's /screening says); before, the submission's.
        var (kind, summary) = a.ClosingVerdict is not null ? (a.ClosingVerdict, a.ClosingSummary) : (a.SubmissionVerdict, a.SubmissionSummary);
        var explanation = (summary ?? "").Split(['；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ApplicationRow(a.Id, ApplicationMails.Number(a), e.EmployeeNumber, e.Name, PersonalDataMask.IdNumber(e.IdNumber),
            a.AppliedOccupationCode ?? e.OccupationCode,
            a.AppliedOccupationCode is null || a.AppliedOccupationCode == e.OccupationCode ? e.OccupationName : a.AppliedOccupationCode, a.Status.Name(), kind, kind?.ChineseName() ?? "尚未审查", explanation);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The return address if it is a path on this site, else the console's home (no open redirect).</summary>
    internal static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl
            : HomePath;
}

/// <summary>The administrator's request for an enterprise's first HR officer.</summary>
public sealed record HrAccountBody(string? Email, string? DisplayName);
