using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Integration.Tests.Cycles;

namespace Enterprise.Eval.Integration.Tests.Applications;

/// <summary>
/// Under the shipped 江苏 特级技师 template (year set to 2026), a 高级技师 in post for more than five years qualifies by
/// the skill-level route once the 申报表 states that he still works in the occupation and HR attests the ethics item.
/// </summary>
public sealed class JiangsuApplicantSpecs : IAsyncLifetime
{
    private OpenWindow _window = null!;

    public async Task InitializeAsync() => _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Jiangsu", "jiangsu-grand-technician.yaml", 2026));

    public async Task DisposeAsync() => await _window.DisposeAsync();

    private HttpClient Client => _window.Client;

    private string Base => _window.Applications;

    [Fact]
    public async Task SeniorTechnicianOfSixYears_StatingHeStillWorksInTheTrade_IsEligibleOnceHrAttestsEthics()
    {
        var (id, submitted) = await SubmitAsync("E00002", stillInOccupation: true);   // 高级技师 since 2020-12, in post since 2021-01-26
        Assert.Equal("NeedsAttestation", submitted.GetProperty("kind").GetString());

        var attested = await Client.PostAsJsonAsync($"{Base}/{id}/attestations", new { item = "ethics", confirmed = true, reason = "党委和工会意见：遵纪守法，业绩公认" });
        Assert.True(attested.StatusCode == HttpStatusCode.Created, await attested.Content.ReadAsStringAsync());

        var screening = (await attested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screening");
        Assert.Equal("EligibleStandard", screening.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task WithoutTheStatement_TheVerdictAsksWhetherHeStillWorksInTheTrade()
    {
        var (_, submitted) = await SubmitAsync("E00002", stillInOccupation: null);

        Assert.Contains(FactNames.StillInOccupation, submitted.GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<(Guid Id, JsonElement Screening)> SubmitAsync(string employeeNumber, bool? stillInOccupation)
    {
        var response = await Client.PostAsJsonAsync(Base, new { employeeNumber, education = "大专", department = "质量部", expertise = "高低压配电", pledged = true, stillInOccupation });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("application").GetProperty("id").GetGuid(), body.GetProperty("screening"));
    }
}
