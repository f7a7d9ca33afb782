using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.SchemeDocuments;

/// <summary>
/// Publishing makes the scheme readable by the enterprise's staff (issue 19 point 1; 004 二(二) 向全体职工公示, 003 四(一)
/// 向职工公开): an employee-facing read without personal data, and a mail to the staff it concerns.
/// </summary>
public sealed class PublishedSchemeSpecs : OneEnterpriseSpecs
{
    [Fact]
    public async Task PublishedRead_ListsOnlyPublishedSchemes_WithTheirText_AndNoPersonalData()
    {
        var draft = await UploadAsync(SchemeTexts.Jiangsu());
        var published = await HrApi.PublishedSchemeAsync([Client], SchemeTexts.Binzhou());

        var list = await Client.GetFromJsonAsync<JsonElement>("/api/schemes/published");
        var one = await Client.GetAsync($"/api/schemes/published/{published}");
        var notYet = await Client.GetAsync($"/api/schemes/published/{draft}");

        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(published, item.GetProperty("id").GetGuid());
        Assert.Equal("特级技师", item.GetProperty("targetLevel").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("content").ValueKind);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var text = await one.Content.ReadAsStringAsync();
        Assert.Equal(SchemeTexts.Binzhou(), JsonDocument.Parse(text).RootElement.GetProperty("content").GetString());
        foreach (var personal in new[] { "uploadedBy", "returnComments", "assessor" })
            Assert.DoesNotContain($"\"{personal}\"", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
    }

    [Fact]
    public async Task PublishedRead_OfAnotherEnterprise_IsNotFound()
    {
        var published = await HrApi.PublishedSchemeAsync([Client], SchemeTexts.Binzhou());
        var (_, otherKey) = await Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");

        var other = Host.Client(otherKey);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/schemes/published/{published}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/schemes/published")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Publishing_MailsTheStaffItConcerns_OncePerEmployee_AndNobodyItRulesOut()
    {
        (await Client.PostAsync("/api/roster", new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"))))).EnsureSuccessStatusCode();

        var schemeId = await HrApi.PublishedSchemeAsync([Client], SchemeTexts.Binzhou());

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        var mails = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MailEvent.SchemePublished).ToListAsync();
        var employees = await db.Employees.AsNoTracking().ToListAsync();
        var numbers = mails.Select(m => m.DedupKey.Split('|')[2]["emp:".Length..]).ToList();
        Assert.NotEmpty(mails);
        Assert.True(mails.Count < employees.Count, $"{mails.Count} mails for {employees.Count} employees: nobody ruled out?");
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        // A 特级技师 scheme (003 三(一)2 高级技师…满4年) rules out everyone below 高级技师.
        Assert.All(numbers, n => Assert.True(employees.Single(e => e.EmployeeNumber == n).SkillLevel >= SkillLevel.SeniorTechnician, n));
        Assert.All(mails, m => Assert.StartsWith($"scheme-published|{schemeId:N}:scheme-published|", m.DedupKey, StringComparison.Ordinal));
        var delivered = mails.First(m => m.RecipientAddress.Length > 0);
        Assert.Contains("工作方案已公布", delivered.Subject);
        Assert.Contains("向全体职工公布", delivered.TextBody);
    }

    private async Task<Guid> UploadAsync(string yaml)
    {
        var response = await Client.PostAsync("/api/schemes?fileName=scheme.yaml", new StringContent(yaml));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
