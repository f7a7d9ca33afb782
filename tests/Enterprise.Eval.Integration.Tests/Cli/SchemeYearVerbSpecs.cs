using Enterprise.Eval.Application.SchemeDocuments;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Plugins;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>
/// A scheme's year decides the one year a cycle can be created for: `scheme new` writes the year asked (default this
/// year by the product's clock, not the template's), `scheme check` warns of a past year, and `cycle create` says which
/// year the scheme holds and how to make one for the year asked. The verbs name their own options, not the API's fields.
/// </summary>
public sealed class SchemeYearVerbSpecs : IAsyncLifetime
{
    private const string Opens = "2026-06-10 09:00";

    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-scheme-year-").FullName;
    private ServiceProvider _services = null!;
    private Guid _schemeId;

    public async Task InitializeAsync()
    {
        _services = await VerbServices.StartAsync(_database, "32", "江苏省职业技能鉴定中心", "苏评备2026-001",
            new Dictionary<string, string?> { ["Plugins:Folder"] = PackFolders.Built });
        await using var scope = _services.CreateAsyncScope();
        var schemes = scope.ServiceProvider.GetRequiredService<SchemeDocumentService>();
        var enterpriseId = (await scope.ServiceProvider.GetRequiredService<Application.Enterprises.EnterpriseRegistry>().ListAsync()).Single().Id;
        var upload = await schemes.UploadAsync(enterpriseId, Template().Replace("\nyear: 2022", "\nyear: 2026", StringComparison.Ordinal), "jiangsu.yaml", "test");
        _schemeId = upload.Document!.Id;
        // 方案报审: the 省职业技能鉴定中心 approves, not the enterprise.
        var assessors = scope.ServiceProvider.GetRequiredService<Application.Assessors.AssessorRegistry>();
        var (centre, _) = await assessors.CreateAsync("江苏省职业技能鉴定中心", "test");
        await assessors.AssignAsync(enterpriseId, centre.Id, "test");
        await schemes.SubmitAsync(enterpriseId, _schemeId, "test");
        await scope.ServiceProvider.GetRequiredService<Application.Assessors.AssessmentService>().ApproveAsync(centre.Id, _schemeId);
        await schemes.PublishAsync(enterpriseId, _schemeId, "test");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SchemeNew_WithoutAYear_WritesThisYearByTheProductClock_NotTheTemplates()
    {
        var file = Path.Combine(_folder, "default.yaml");

        var (exit, output) = await RunAsync("scheme", "new", "--template", "jiangsu-grand-technician", "--out", file);

        Assert.True(exit == 0, output);
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("\nyear: 2026", text);
        Assert.DoesNotContain("year: 2022", text);
        Assert.Contains("2026年度", output);
    }

    [Fact]
    public async Task SchemeNew_WithAYear_WritesThatYear()
    {
        var file = Path.Combine(_folder, "2027.yaml");

        var (exit, output) = await RunAsync("scheme", "new", "--template", "jiangsu-grand-technician", "--year", "2027", "--out", file);

        Assert.True(exit == 0, output);
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("\nyear: 2027", text);
        // 004 三: the assessment in 1月上旬 of the evaluation year — the template's 2022-01-10 moves with the year.
        Assert.Contains("\nassessmentDeadline: 2027-01-10", text);
    }

    [Fact]
    public async Task SchemeCheck_OfAPastYear_WarnsAndSaysHowToFixIt_ButTheFileIsValid()
    {
        var file = Path.Combine(_folder, "2022.yaml");
        await File.WriteAllTextAsync(file, Template());

        var (exit, output) = await RunAsync("scheme", "check", file);

        Assert.True(exit == 0, output);
        Assert.Contains("EVAL-SCHEME-040", output);
        Assert.Contains("2022年", output);
        Assert.Contains("year 改为 2026", output);
        Assert.Contains("scheme new --year 2026", output);
    }

    [Fact]
    public async Task SchemeCheck_OfThisYear_DoesNotWarn()
    {
        var file = Path.Combine(_folder, "2026.yaml");
        await File.WriteAllTextAsync(file, Template().Replace("\nyear: 2022", "\nyear: 2026", StringComparison.Ordinal));

        var (exit, output) = await RunAsync("scheme", "check", file);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("EVAL-SCHEME-040", output);
    }

    [Theory]
    [InlineData("Jiangsu", "jiangsu-grand-technician.yaml", "公示：评审后公示建议人选名单，不少于5个工作日", "证书：由企业颁发职业技能等级证书")]
    [InlineData("Fujian", "fujian-senior-technician.yaml", "公示：单位推荐前公示，不少于5个工作日", "证书：由福建省人力资源和社会保障厅颁发《机关事业单位高级技师证书》")]
    [InlineData("Zhejiang", "wenzhou-direct-technician.yaml", "公示：不设公示", "证书：由温州市职业技能鉴定指导中心颁发《职业资格证书（技师）》")]
    public async Task SchemeCheck_SaysThePublicityAndWhoIssuesTheCertificate(string pack, string template, string publicity, string certificate)
    {
        // Issue 19 points 2 and 4, as HR reads them before uploading.
        var file = Path.Combine(_folder, template);
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(RepositoryRoot.File("plugins", pack, "templates", template)));

        var (exit, output) = await RunAsync("scheme", "check", file);

        Assert.True(exit == 0, output);
        Assert.Contains(publicity, output);
        Assert.Contains(certificate, output);
    }

    [Fact]
    public async Task CycleCreate_ForAnotherYearThanTheSchemes_SaysTheSchemesYearAndHowToMakeOne()
    {
        var (exit, output) = await CreateCycleAsync("--year", "2027");

        Assert.Equal(1, exit);
        Assert.Contains("EVAL-CYCLE-031", output);
        Assert.Contains("年度为2026年", output);
        Assert.Contains("scheme new --template 模板ID --year 2027", output);
        Assert.Contains("year 改为 2027", output);
    }

    [Fact]
    public async Task CycleCreate_WithABadInstant_NamesTheOption_NotTheApiField()
    {
        var (exit, output) = await CreateCycleAsync("--year", "2026", "--certificates-due", "2026-13-45");

        Assert.Equal(1, exit);
        Assert.Contains("--certificates-due 的值“2026-13-45”", output);
        Assert.DoesNotContain("certificatesDueAt", output);
    }

    [Fact]
    public async Task CycleCreate_WithATimetableFinding_NamesTheOptionToChange()
    {
        var (exit, output) = await CreateCycleAsync("--year", "2026", "--window-closes", "2026-06-09 16:00");

        Assert.Equal(1, exit);
        Assert.Contains("EVAL-CYCLE-003 --window-closes：", output);
        Assert.DoesNotContain("WindowClosesAt", output);
    }

    private Task<(int Exit, string Output)> CreateCycleAsync(params string[] overrides)
    {
        var options = new Dictionary<string, string>
        {
            ["--scheme"] = _schemeId.ToString(), ["--window-opens"] = Opens, ["--window-closes"] = "2026-06-12 16:00",
            ["--review-ends"] = "2026-06-15 17:00", ["--publicity-starts"] = "2026-06-16 00:00",
        };
        for (var i = 0; i < overrides.Length; i += 2) options[overrides[i]] = overrides[i + 1];
        return RunAsync([.. new[] { "cycle", "create" }.Concat(options.SelectMany(o => new[] { o.Key, o.Value }))]);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        var exit = await EvalCommandLine.RunAsync(args, console, () => _services);
        return (exit, writer.ToString());
    }

    // With the review form its enterprise must choose before publishing (issue 18, 004 二(四)).
    private static string Template() => Cycles.SchemeTexts.WithChosenForm(File.ReadAllText(RepositoryRoot.File("plugins", "Jiangsu", "templates", "jiangsu-grand-technician.yaml")));
}
