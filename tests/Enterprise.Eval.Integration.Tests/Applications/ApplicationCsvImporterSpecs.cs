using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Applications;

/// <summary>
/// HR's CSV import of paper 申报表 under the shipped 江苏 特级技师 template, whose rules need the applicant's statement
/// that he still works in the occupation (仍从事本职业): the import takes it and screens like the API.
/// </summary>
public sealed class ApplicationCsvImporterSpecs : IAsyncLifetime
{
    private const string Header = "工号,学历,部门,专业特长,本人承诺";
    private OpenWindow _imported = null!;
    private OpenWindow _submitted = null!;

    public async Task InitializeAsync()
    {
        var scheme = CycleHostSetup.Template("Jiangsu", "jiangsu-grand-technician.yaml", 2026);
        _imported = await OpenWindow.StartAsync(scheme);
        _submitted = await OpenWindow.StartAsync(scheme);
    }

    public async Task DisposeAsync()
    {
        await _imported.DisposeAsync();
        await _submitted.DisposeAsync();
    }

    [Fact]
    public async Task Import_WithStillInOccupation_GetsTheVerdictTheApiGivesForTheSameFacts()
    {
        var row = Assert.Single(await ImportAsync(_imported, $"{Header},仍从事本职业\nE00002,大专,质量部,高低压配电,是,是\n"));
        var response = await _submitted.Client.PostAsJsonAsync(_submitted.Applications,
            new { employeeNumber = "E00002", education = "大专", department = "质量部", expertise = "高低压配电", pledged = true, stillInOccupation = true });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var apiId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();

        Assert.True(row.Accepted, row.Message);
        var imported = await ScreeningAsync(_imported, row.ApplicationId!.Value);
        var submitted = await ScreeningAsync(_submitted, apiId);
        Assert.Equal("NeedsAttestation", imported.Verdict);
        Assert.Equal(submitted, imported);
        Assert.DoesNotContain("仍从事本职业", imported.Summary);
    }

    [Theory]
    [InlineData("是否仍从事本职业")]
    [InlineData("本人仍从事本职业（工种）工作")]
    public async Task Import_UnderAnAliasHeader_ReadsTheStatement(string header)
    {
        var row = Assert.Single(await ImportAsync(_imported, $"{Header},{header}\nE00002,大专,质量部,高低压配电,是,是\n"));

        Assert.True(row.Accepted, row.Message);
        Assert.Equal("NeedsAttestation", (await ScreeningAsync(_imported, row.ApplicationId!.Value)).Verdict);
    }

    [Fact]
    public async Task Import_WithoutTheColumn_IsScreenedAsMissingTheStatement()
    {
        var row = Assert.Single(await ImportAsync(_imported, $"{Header}\nE00002,大专,质量部,高低压配电,是\n"));

        Assert.True(row.Accepted, row.Message);
        Assert.Contains($"缺少{FactNames.StillInOccupation}", (await ScreeningAsync(_imported, row.ApplicationId!.Value)).Summary);
    }

    [Fact]
    public async Task Import_WithAnUnreadableAnswer_RefusesTheRowWithItsCodeAndSubmitsNothing()
    {
        var row = Assert.Single(await ImportAsync(_imported, $"{Header},仍从事本职业\nE00002,大专,质量部,高低压配电,是,也许\n"));

        Assert.False(row.Accepted);
        Assert.Equal("EVAL-APPL-032", row.Code);
        Assert.Contains("“仍从事本职业”的值“也许”无法识别", row.Message);
        var list = await _imported.Client.GetFromJsonAsync<JsonElement>(_imported.Applications);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    private static async Task<IReadOnlyList<ApplicationImportRow>> ImportAsync(OpenWindow window, string csv)
    {
        var enterprise = await window.Client.GetFromJsonAsync<JsonElement>("/api/enterprise");
        await using var scope = window.Host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ApplicationCsvImporter>();
        return await importer.ImportAsync(enterprise.GetProperty("id").GetGuid(), window.CycleId, new StringReader(csv), "test");
    }

    private static async Task<(string? Verdict, string? Summary)> ScreeningAsync(OpenWindow window, Guid id)
    {
        var body = await window.Client.GetFromJsonAsync<JsonElement>($"{window.Applications}/{id}/screening");
        var submission = body.GetProperty("submission");
        return (submission.GetProperty("verdict").GetString(), submission.GetProperty("summary").GetString());
    }
}
