using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Facts;

/// <summary>
/// HR's facts file and attestations stored and read by screening, through the API on a real SQLite file, under
/// <see cref="FactsSchemes.NantongCut"/>.
/// </summary>
public sealed class FactsSpecs : IAsyncLifetime
{
    private const string Competence = "competence";
    private OpenWindow _window = null!;

    public async Task InitializeAsync() => _window = await OpenWindow.StartAsync(FactsSchemes.NantongCut());

    public async Task DisposeAsync() => await _window.DisposeAsync();

    private HttpClient Client => _window.Client;

    private string Base => _window.Applications;

    private static ByteArrayContent Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private const string AppraisalsOfE00008 =
        "工号,类别,年份,结果\nE00008,年度考核,2021,合格\nE00008,年度考核,2022,合格\nE00008,年度考核,2023,优秀\nE00008,年度考核,2024,合格\nE00008,年度考核,2025,合格\n";

    private async Task<(Guid Id, JsonElement Screening)> SubmitAsync(string employeeNumber)
    {
        var response = await Client.PostAsJsonAsync(Base, new { employeeNumber, education = "大专", title = "工程师", department = "质量部", expertise = "高低压配电", pledged = true });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("application").GetProperty("id").GetGuid(), body.GetProperty("screening"));
    }

    private async Task<JsonElement> AttestAsync(Guid id, bool confirmed, string reason)
    {
        var response = await Client.PostAsJsonAsync($"{Base}/{id}/attestations", new { item = Competence, confirmed, reason });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screening");
    }

    private static List<string?> Strings(JsonElement screening, string property) =>
        [.. screening.GetProperty(property).EnumerateArray().Select(e => e.GetString())];

    [Fact]
    public async Task ImportedAppraisals_AreStoredAndScreened_SoTheMissingAppraisalIsNoLongerAskedFor()
    {
        var (id, before) = await SubmitAsync("E00008");
        Assert.Contains(FactNames.Appraisal(2025), Strings(before, "missingFacts"));

        var import = await Client.PostAsync("/api/facts", Csv(AppraisalsOfE00008));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        var after = await AttestAsync(id, true, "近三年带徒12人，解决配电柜温升难题");

        Assert.Empty(Strings(after, "missingFacts"));
        Assert.Equal("EligibleStandard", after.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Attestation_TurnsNeedsAttestationIntoEligible_WithFactsAlreadyStored()
    {
        (await Client.PostAsync("/api/facts", Csv(AppraisalsOfE00008))).EnsureSuccessStatusCode();
        var (id, before) = await SubmitAsync("E00008");
        Assert.Equal("NeedsAttestation", before.GetProperty("kind").GetString());

        var after = await AttestAsync(id, true, "近三年带徒12人，解决配电柜温升难题");

        Assert.Equal("EligibleStandard", after.GetProperty("kind").GetString());
        Assert.Empty(Strings(after, "pendingAttestations"));
        var shown = await Client.GetFromJsonAsync<JsonElement>($"{Base}/{id}");
        Assert.Equal("EligibleStandard", shown.GetProperty("submissionVerdict").GetString());
    }

    [Fact]
    public async Task AttestedNo_MakesTheApplicantIneligible_WithHrsReasonInTheTrace_AndTheLatestAttestationCounts()
    {
        (await Client.PostAsync("/api/facts", Csv(AppraisalsOfE00008))).EnsureSuccessStatusCode();
        var (id, _) = await SubmitAsync("E00008");
        await AttestAsync(id, true, "先确认符合");

        var after = await AttestAsync(id, false, "近五年未独立解决过技术难题");

        Assert.Equal("Ineligible", after.GetProperty("kind").GetString());
        Assert.Contains("近五年未独立解决过技术难题", after.GetProperty("trace").GetRawText(), StringComparison.Ordinal);
        var listed = (await Client.GetFromJsonAsync<JsonElement>($"{Base}/{id}/attestations")).GetProperty("items");
        Assert.Equal(2, listed.GetArrayLength());
        Assert.False(listed[0].GetProperty("counts").GetBoolean());
        Assert.True(listed[1].GetProperty("counts").GetBoolean());
    }

    [Fact]
    public async Task FactsFileWithAnError_IsRefusedWithTheImportersErrors_AndStoresNothing()
    {
        var bad = AppraisalsOfE00008 + "E00009,年度考核,二〇二五,合格\n";

        var response = await Client.PostAsync("/api/facts", Csv(bad));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EVAL-FACTS-REJECTED", problem.GetProperty("code").GetString());
        Assert.Contains("EVAL-FACTS-004", problem.GetRawText(), StringComparison.Ordinal);
        var (_, screening) = await SubmitAsync("E00008");
        Assert.Contains(FactNames.Appraisal(2025), Strings(screening, "missingFacts"));
    }

    [Fact]
    public async Task Attestation_OfAnItemTheSchemeDoesNotAsk_IsRefusedWithItsCode_AndAuditsNothing()
    {
        var (id, _) = await SubmitAsync("E00008");

        var response = await Client.PostAsJsonAsync($"{Base}/{id}/attestations", new { item = "competense", confirmed = true, reason = "笔误" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("EVAL-ATTEST-006", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(0, (await Client.GetFromJsonAsync<JsonElement>($"{Base}/{id}/attestations")).GetProperty("items").GetArrayLength());
        await using var scope = _window.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IEvalDbContext>();
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "application.attested"));
    }

    [Fact]
    public async Task FactsImportAndAttestation_AreAudited_WithoutTheFactsThemselves()
    {
        (await Client.PostAsync("/api/facts", Csv(AppraisalsOfE00008))).EnsureSuccessStatusCode();
        var (id, _) = await SubmitAsync("E00008");
        await AttestAsync(id, true, "近三年带徒12人");

        await using var scope = _window.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IEvalDbContext>();
        var import = await db.AuditRecords.SingleAsync(a => a.Action == "facts.imported");
        var attested = await db.AuditRecords.SingleAsync(a => a.Action == "application.attested");
        Assert.DoesNotContain("优秀", import.After ?? "", StringComparison.Ordinal);
        Assert.Contains("近三年带徒12人", attested.After ?? "", StringComparison.Ordinal);
        Assert.Equal(id.ToString(), attested.EntityId);
    }

    [Fact]
    public async Task AnotherEnterprise_CannotSeeOrAttestTheApplication()
    {
        var (id, _) = await SubmitAsync("E00008");
        var (_, otherKey) = await _window.Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");
        var other = _window.Host.Client(otherKey);

        var list = await other.GetAsync($"{Base}/{id}/attestations");
        var attest = await other.PostAsJsonAsync($"{Base}/{id}/attestations", new { item = Competence, confirmed = true, reason = "越权" });

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attest.StatusCode);
        Assert.Equal(0, (await Client.GetFromJsonAsync<JsonElement>($"{Base}/{id}/attestations")).GetProperty("items").GetArrayLength());
    }
}
