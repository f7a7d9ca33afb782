using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Applications;

/// <summary>
/// 申报职业（工种） on the form (issue 18 point 6) under the shipped 江苏 特级技师 template: 004 一(三) "特级技师职业（工种）
/// 应当与高级技师相一致", so the occupation applied for, not the roster's, is what screening compares with the
/// certificate held. E00002 holds 高级技师 as 维修电工 (6-31-01-03).
/// </summary>
public sealed class AppliedOccupationSpecs : IAsyncLifetime
{
    private const string Held = "6-31-01-03";
    private const string Lathe = "6-18-01-01";
    private OpenWindow _window = null!;

    public async Task InitializeAsync() =>
        _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Jiangsu", "jiangsu-grand-technician.yaml", 2026));

    public async Task DisposeAsync() => await _window.DisposeAsync();

    private Task<HttpResponseMessage> SubmitAsync(string? appliedOccupationCode) =>
        _window.Client.PostAsJsonAsync(_window.Applications, new
        {
            employeeNumber = "E00002", education = "大专", department = "质量部", expertise = "高低压配电", pledged = true,
            stillInOccupation = true, appliedOccupationCode,
        });

    [Fact]
    public async Task AppliedOccupation_OtherThanTheCertificatesOne_FailsTheOccupationMatch_AndIsShownBesideTheRosters()
    {
        var response = await SubmitAsync(Lathe);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var application = body.GetProperty("application");
        Assert.Equal(Lathe, application.GetProperty("appliedOccupationCode").GetString());
        Assert.Equal(Held, application.GetProperty("rosterOccupationCode").GetString());
        Assert.Contains(Strings(body.GetProperty("screening")), s => s.Contains($"申报职业{Lathe}与等级证书职业{Held}不一致", StringComparison.Ordinal));
        Assert.DoesNotContain(Strings(body.GetProperty("screening")), s => s.Contains($"申报职业{Held}与等级证书职业一致", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppliedOccupation_TheCertificatesOne_MeetsTheOccupationMatch()
    {
        var response = await SubmitAsync(Held);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(Strings(body.GetProperty("screening")), s => s.Contains($"申报职业{Held}与等级证书职业一致", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppliedOccupation_NotADictionaryCode_IsRefusedWithItsCode()
    {
        var response = await SubmitAsync("车工");

        Assert.False(response.IsSuccessStatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EVAL-APPL-050", problem.GetProperty("code").GetString());
        Assert.Contains("6-18-01-01", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CsvImport_ReadsTheAppliedOccupationColumn_AndScreensWithIt()
    {
        var enterprise = await _window.Client.GetFromJsonAsync<JsonElement>("/api/enterprise");
        await using var scope = _window.Host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ApplicationCsvImporter>();
        var csv = $"工号,学历,部门,专业特长,申报职业（工种）,仍从事本职业,本人承诺\nE00002,大专,质量部,高低压配电,{Lathe},是,是\n";

        var row = Assert.Single(await importer.ImportAsync(enterprise.GetProperty("id").GetGuid(), _window.CycleId, new StringReader(csv), "test"));

        Assert.True(row.Accepted, row.Message);
        var stored = await _window.Client.GetFromJsonAsync<JsonElement>($"{_window.Applications}/{row.ApplicationId}");
        Assert.Equal(Lathe, stored.GetProperty("appliedOccupationCode").GetString());
        var screening = await _window.Client.GetFromJsonAsync<JsonElement>($"{_window.Applications}/{row.ApplicationId}/screening");
        Assert.Contains(Strings(screening), s => s.Contains($"申报职业{Lathe}与等级证书职业{Held}不一致", StringComparison.Ordinal));
    }

    /// <summary>Every string anywhere in the JSON, so a sentence is found wherever the trace nests it.</summary>
    private static List<string> Strings(JsonElement element)
    {
        var all = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: all.Add(e.GetString()!); break;
                case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Walk(item); break;
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
            }
        }
        Walk(element);
        return all;
    }
}
