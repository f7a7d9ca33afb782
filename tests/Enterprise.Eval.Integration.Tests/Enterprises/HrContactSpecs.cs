using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Api;
using Enterprise.Eval.Worker.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Enterprises;

/// <summary>The HR contact who receives the daily digest: set at registration, changed by the admin or the enterprise, audited.</summary>
public sealed class HrContactSpecs : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Register_WithHrContact_ShowsIt_AndWithoutOne_WarnsThatNoDigestIsSent()
    {
        var with = await RegisterAsync("91350100M000100Y43", new { hrContactName = "王芳", hrContactEmail = "hr@jiajixie.example" });
        var without = await RegisterAsync("91512081MA62K0260E", new { });

        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        var shown = (await with.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enterprise");
        Assert.Equal(("王芳", "hr@jiajixie.example"), (shown.GetProperty("hrContactName").GetString(), shown.GetProperty("hrContactEmail").GetString()));
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("warning").ValueKind);
        var bare = (await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enterprise");
        Assert.Contains("每日汇总邮件不会发送", bare.GetProperty("warning").GetString());
    }

    [Fact]
    public async Task Register_WithAMalformedHrAddress_IsRefusedWithItsCode()
    {
        var response = await RegisterAsync("91350100M000100Y43", new { hrContactName = "王芳", hrContactEmail = "hr at jiajixie" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("EVAL-ENT-031", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Enterprise_ChangesItsOwnContact_AndTheAdminClearsIt_BothAudited()
    {
        var (id, key) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");

        var changed = await _host.Client(key).PutAsJsonAsync("/api/enterprise/contact", new { name = "王芳", email = "hr@jiajixie.example" });
        var refused = await _host.Client(key).PutAsJsonAsync("/api/enterprise/contact", new { name = "王芳", email = "hr@" });
        var cleared = await _host.Client(ApiHost.AdminKey).PutAsJsonAsync($"/api/admin/enterprises/{id}/hr-contact", new { name = "", email = "" });

        Assert.Equal("hr@jiajixie.example", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hrContactEmail").GetString());
        Assert.Equal("EVAL-ENT-031", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hrContactEmail").ValueKind);
        await using var scope = _host.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<EvalDbContext>().AuditRecords.AsNoTracking()
            .Where(a => a.Action == "enterprise.hr-contact-changed").OrderBy(a => a.Id).Select(a => a.Actor).ToListAsync();
        Assert.Equal(["api", "admin"], audit);
    }

    [Fact]
    public async Task ContactVerb_SetsTheContact_AndShowNamesItOrWarns()
    {
        var (id, _) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");

        var (_, before) = await RunAsync("enterprise", "show", id.ToString());
        var (code, after) = await RunAsync("enterprise", "contact", id.ToString(), "--name", "王芳", "--email", "hr@jiajixie.example");
        var (badCode, bad) = await RunAsync("enterprise", "contact", id.ToString(), "--name", "王芳", "--email", "hr.jiajixie.example");
        var (emptyCode, empty) = await RunAsync("enterprise", "contact", id.ToString());

        Assert.Contains("每日汇总邮件不会发送", before);
        Assert.Equal(0, code);
        Assert.Contains("王芳 <hr@jiajixie.example>", after);
        Assert.DoesNotContain("每日汇总邮件不会发送", after);
        Assert.Equal((1, true), (badCode, bad.Contains("EVAL-ENT-031")));
        Assert.Equal((1, true), (emptyCode, empty.Contains("EVAL-ENT-032")));
    }

    private Task<HttpResponseMessage> RegisterAsync(string creditCode, object contact)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = "甲机械有限公司", ["creditCode"] = creditCode, ["evaluatorType"] = "Y", ["evaluatorCode"] = "0000", ["provinceCode"] = "32",
            ["siteSequenceCode"] = "000123", ["registrationAuthority"] = "江苏省职业技能鉴定中心", ["registrationNumber"] = "苏评备-" + creditCode[^4..],
            ["registrationDate"] = "2026-01-05",
        };
        foreach (var p in contact.GetType().GetProperties()) body[p.Name] = p.GetValue(contact);
        return _host.Client(ApiHost.AdminKey).PostAsJsonAsync("/api/admin/enterprises", body);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        var root = new RootCommand { EnterpriseVerbs.Create(new CliServices(() => _host.Services, console)) };
        var code = await root.Parse(args).InvokeAsync();
        return (code, writer.ToString());
    }
}
