using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Applications;

/// <summary>
/// Applications through the API under the shipped 南通 template (year set to 2026), on a real SQLite file, with a
/// clock the test moves: window 10 June 2026 9:00 – 12 June 16:00.
/// </summary>
public sealed class ApplicationSpecs : IAsyncLifetime
{
    private static readonly DateTimeOffset Closes = ChinaTime.At(new DateOnly(2026, 6, 12), new TimeOnly(16, 0));
    private OpenWindow _window = null!;

    public async Task InitializeAsync() => _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Jiangsu", "nantong-senior-technician.yaml", 2026));

    public async Task DisposeAsync() => await _window.DisposeAsync();

    private HttpClient Client => _window.Client;

    private string Base => _window.Applications;

    private static object Body(string employeeNumber, bool pledged = true) => new
    {
        employeeNumber, education = "大专", title = "工程师", department = "质量部", expertise = "高低压配电", pledged,
    };

    private async Task<HttpResponseMessage> SubmitAsync(string employeeNumber) => await Client.PostAsJsonAsync(Base, Body(employeeNumber));

    private async Task<Guid> SubmittedAsync(string employeeNumber)
    {
        var response = await SubmitAsync(employeeNumber);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    [Fact]
    public async Task Submit_InTheWindow_TellsAtOnceWhatIsMissing()
    {
        var response = await SubmitAsync("E00008");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var screening = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screening");
        Assert.Equal("Undetermined", screening.GetProperty("kind").GetString());
        var missing = screening.GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(FactNames.Achievements, missing);
        Assert.Contains(FactNames.Appraisal(2025), missing);
        Assert.NotEmpty(screening.GetProperty("trace").EnumerateArray());
    }

    [Fact]
    public async Task Submit_OneMinuteAfterTheClose_IsRefusedWithTheWindow_AndOneMinuteBefore_IsAccepted()
    {
        _window.Clock.JumpTo(Closes.AddMinutes(-1));
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync("E00008")).StatusCode);

        _window.Clock.JumpTo(Closes.AddMinutes(1));
        var late = await SubmitAsync("E00009");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EVAL-APPL-002", problem.GetProperty("code").GetString());
        Assert.Equal("申报时间为2026年6月10日9:00至2026年6月12日16:00，现已截止", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Withdrawn_CanBeResubmitted_WhileTheWindowIsOpen()
    {
        var id = await SubmittedAsync("E00008");
        (await Client.PostAsJsonAsync($"{Base}/{id}/withdraw", new { reason = "材料未备齐" })).EnsureSuccessStatusCode();
        Assert.Equal("Withdrawn", (await Client.GetFromJsonAsync<JsonElement>($"{Base}/{id}")).GetProperty("status").GetString());

        var again = await SubmitAsync("E00008");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var application = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application");
        Assert.Equal(id, application.GetProperty("id").GetGuid());
        Assert.Equal("Submitted", application.GetProperty("status").GetString());
        Assert.Equal("EVAL-APPL-006", await CodeOf(await SubmitAsync("E00008")));
    }

    [Fact]
    public async Task AfterTheClose_TheApplicationIsFrozen_AndTheClosingScreeningIsStoredAndCounts()
    {
        var id = await SubmittedAsync("E00008");
        Assert.Equal("EVAL-APPL-019", await CodeOf(await Client.PostAsync($"{Base}/screen-at-close", null)));
        _window.Clock.JumpTo(Closes.AddMinutes(5));

        var update = await Client.PutAsJsonAsync($"{Base}/{id}", Body("E00008"));
        var report = await Client.PostAsync($"{Base}/screen-at-close", null);
        var again = await Client.PostAsync($"{Base}/screen-at-close", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, update.StatusCode);
        Assert.Equal("EVAL-APPL-002", await CodeOf(update));
        Assert.Equal(1, (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ineligible").GetInt32());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ineligible").GetInt32());
        var screening = await Client.GetFromJsonAsync<JsonElement>($"{Base}/{id}/screening");
        Assert.Equal("closing", screening.GetProperty("counts").GetString());
        Assert.Equal("Undetermined", screening.GetProperty("closing").GetProperty("verdict").GetString());
        Assert.Equal("Ineligible", (await Client.GetFromJsonAsync<JsonElement>($"{Base}/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Disqualification_RecordsTheSchemesCreditRecord_WhichBarsNoSubmission()
    {
        var id = await SubmittedAsync("E00008");

        var response = await Client.PostAsJsonAsync($"{Base}/{id}/disqualify", new { reason = "提供虚假论文发表证明" });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Disqualified", body.GetProperty("application").GetProperty("status").GetString());
        // 南通 002 二(六) 记入诚信记录，期限为三年: three years from the day of the decision (11 June 2026), both days
        // inclusive, as a credit record that bars nothing (issue 19 point 5; this spec asserted a ban until then).
        Assert.Equal("2026-06-11", body.GetProperty("ban").GetProperty("startsOn").GetString());
        Assert.Equal("2029-06-10", body.GetProperty("ban").GetProperty("endsOn").GetString());
        Assert.Equal("CreditRecord", body.GetProperty("ban").GetProperty("kind").GetString());
        // Applying again in this cycle is refused as a second application, not as a ban.
        var again = await SubmitAsync("E00008");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("EVAL-APPL-006", await CodeOf(again));
    }

    [Fact]
    public async Task Photo_Of21Kb_IsRefused_And20Kb_IsStoredByItsHash_UnderTheNantongTemplate()
    {
        var id = await SubmittedAsync("E00008");

        var big = await Client.PostAsync($"{Base}/{id}/materials/photo?fileName=photo.jpg", new ByteArrayContent(Jpeg(21 * 1024)));
        var fits = await Client.PostAsync($"{Base}/{id}/materials/photo?fileName=photo.jpg", new ByteArrayContent(Jpeg(20 * 1024)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, big.StatusCode);
        Assert.Equal("EVAL-APPL-013", await CodeOf(big));
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
        var material = await fits.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, material.GetProperty("version").GetInt32());
        Assert.Equal(20 * 1024, material.GetProperty("sizeBytes").GetInt64());
        var notHis = await Client.PostAsync($"{Base}/{id}/materials/dispatch-proof?fileName=proof.pdf", new ByteArrayContent("%PDF-1.7"u8.ToArray()));
        Assert.Equal("EVAL-APPL-018", await CodeOf(notHis));
        using var stored = _window.Host.Services.GetRequiredService<IMaterialStore>().Open(material.GetProperty("sha256").GetString()!);
        Assert.Equal(20 * 1024, stored!.Length);
    }

    [Fact]
    public async Task ReturnedMaterial_CanBeReplacedAsANewVersion_AndTheApplicantIsMailed()
    {
        var id = await SubmittedAsync("E00008");
        var first = await (await Client.PostAsync($"{Base}/{id}/materials/photo?fileName=a.jpg", new ByteArrayContent(Jpeg(1000))))
            .Content.ReadFromJsonAsync<JsonElement>();

        var review = await Client.PostAsJsonAsync($"{Base}/{id}/materials/{first.GetProperty("id").GetGuid()}/review", new { accepted = false, reason = "照片背景不符合要求" });
        var second = await Client.PostAsync($"{Base}/{id}/materials/photo?fileName=b.jpg", new ByteArrayContent(Jpeg(1001)));

        Assert.Equal("Returned", (await review.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("review").GetString());
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        using var scope = _window.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Enterprise.Eval.Application.Abstractions.IEvalDbContext>();
        Assert.Contains(db.OutboxMessages, m => m.Kind == Domain.Notifications.MailEvent.MaterialReturned);
        Assert.Contains(db.OutboxMessages, m => m.Kind == Domain.Notifications.MailEvent.ApplicationReceived);
    }

    [Fact]
    public async Task AnotherEnterprise_GetsNotFound_ForTheCycleAndTheApplication()
    {
        var id = await SubmittedAsync("E00008");
        var (_, otherKey) = await _window.Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");
        var other = _window.Host.Client(otherKey);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Base}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Base)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"{Base}/{id}/disqualify", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(Base, Body("E00009"))).StatusCode);
    }

    [Fact]
    public async Task UnitQuota_RefusesASecondLatheOperator_WhenTheUnitHoldsNineTechniciansInIt()
    {
        // 南通: a unit holding 5–9 技师 of an occupation has one place; the sample roster holds nine 车工 技师.
        await SubmittedAsync("E00020");

        var second = await SubmitAsync("E00034");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal("EVAL-APPL-008", await CodeOf(second));
    }

    [Fact]
    public async Task ImportVerb_SubmitsEachRowOnItsOwn_AndListAndShowPrintTheApplications()
    {
        var file = Path.Combine(Path.GetTempPath(), $"applications-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "工号,学历,专业特长,本人承诺\nE00009,本科,数控铣削,是\nE00010,大专,钳工装配,否\nE99999,本科,,是\n");
        try
        {
            var (code, output) = await RunVerbAsync("application", "import", "--cycle", _window.CycleId.ToString(), file);

            Assert.Equal(1, code);
            Assert.Contains("受理 1 行，拒绝 2 行", output);
            Assert.Contains("EVAL-APPL-004", output);
            Assert.Contains("EVAL-NOTFOUND", output);
            var (_, list) = await RunVerbAsync("application", "list", "--cycle", _window.CycleId.ToString());
            Assert.Contains("E00009", list);
            Assert.Contains("共 1 份申报", list);
            var id = (await Client.GetFromJsonAsync<JsonElement>(Base)).GetProperty("items")[0].GetProperty("id").GetGuid();
            var (showCode, show) = await RunVerbAsync("application", "show", id.ToString());
            Assert.Equal(0, showCode);
            Assert.Contains("数控铣削", show);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<(int Code, string Output)> RunVerbAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        var cli = new CliServices(() => _window.Host.Services, console);
        // The verb group is internal to the executable, as the other verb specs find theirs.
        var create = typeof(CliServices).Assembly.GetType("Enterprise.Eval.Worker.Cli.ApplicationVerbs", throwOnError: true)!.GetMethod("Create")!;
        var root = new RootCommand { (Command)create.Invoke(null, [cli])! };
        var code = await root.Parse(args).InvokeAsync();
        return (code, writer.ToString());
    }

    private static byte[] Jpeg(int bytes)
    {
        var content = new byte[bytes];
        content[0] = 0xFF;
        content[1] = 0xD8;
        content[2] = 0xFF;
        content[^1] = (byte)(bytes % 251);
        return content;
    }
}
