using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Facts;

/// <summary>
/// The host reads honour titles through the national pack's vocabulary (plugins/National/vocabulary/honours.yaml, loaded
/// at run time like the templates): POST /api/facts stores the family and level with each honour and reports, row
/// and column, the titles it does not understand.
/// </summary>
public sealed class HonourNoticeSpecs : IAsyncLifetime
{
    private OpenWindow _window = null!;

    public async Task InitializeAsync() => _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Zhejiang", "wenzhou-direct-senior.yaml", 2026),
        new Dictionary<string, string?> { ["Plugins:Folder"] = Plugins.PackFolders.Built });

    public async Task DisposeAsync() => await _window.DisposeAsync();

    [Fact]
    public async Task FactsImport_ReportsAnUnknownTitle_AndStoresTheNationalTitleAsATechnicalExpertAtNationalLevel()
    {
        const string csv = "工号,类别,年份,级别,名称\nE00008,荣誉,2024,省级,技术达人\nE00008,荣誉,2025,,全国技术能手\n";

        var response = await _window.Client.PostAsync("/api/facts", new ByteArrayContent(Encoding.UTF8.GetBytes(csv)));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var notice = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notices").EnumerateArray());
        Assert.Equal(1, notice.GetProperty("row").GetInt32());
        Assert.Equal("名称", notice.GetProperty("column").GetString());
        Assert.Equal(FactsImportErrorCodes.UnknownHonourTitle, notice.GetProperty("code").GetString());

        await using var scope = _window.Host.Services.CreateAsyncScope();
        var facts = scope.ServiceProvider.GetRequiredService<FactsService>();
        var enterprise = await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().Enterprises.SingleAsync();
        var national = (await facts.ForEmployeeAsync(enterprise.Id, "E00008"))!.Achievements.Single(a => a.Title == "全国技术能手");
        Assert.Equal(("技术能手", Domain.Eligibility.Facts.AchievementLevel.National), (national.HonourFamily, national.Level));
    }

    [Fact]
    public async Task AnApplicantsOwnRecordOfANationalTitle_CountsForTheWenzhouHonourRule_0012_1()
    {
        var response = await _window.Client.PostAsJsonAsync(_window.Applications, new
        {
            employeeNumber = "E00008", education = "大专", department = "质量部", expertise = "高低压配电", pledged = true,
            records = new[] { new { kind = "荣誉", year = 2019, title = "全国技术能手" } },
        });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var text = await response.Content.ReadAsStringAsync();
        var sentences = new List<string>();
        Collect(JsonDocument.Parse(text).RootElement.GetProperty("screening"), sentences);
        Assert.Contains(sentences, s => s.Contains("1项（全国技术能手），已满1项", StringComparison.Ordinal));
    }

    private static void Collect(JsonElement e, List<string> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: into.Add(e.GetString()!); break;
            case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Collect(item, into); break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Collect(p.Value, into); break;
        }
    }
}
