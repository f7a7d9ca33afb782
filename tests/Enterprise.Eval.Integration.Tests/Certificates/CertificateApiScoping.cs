using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Integration.Tests.Api;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Certificates;

public sealed class CertificateApiScoping
{
    [Fact]
    public async Task KeyOfEnterpriseA_Gets404_ForEnterpriseBsCertificate_AndCannotRevokeIt()
    {
        await using var host = await ApiHost.StartAsync();
        var (_, keyA) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var (idB, keyB) = await host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");
        var clientB = host.Client(keyB);
        Assert.Equal(HttpStatusCode.OK, (await clientB.PostAsync("/api/roster",
            new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"))))).StatusCode);
        string number;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var employee = await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().Employees.FirstAsync(e => e.EnterpriseId == idB);
            var outcome = await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(
                [new IssueCandidate(idB, Guid.NewGuid(), employee.Id, "6-18-01-01", "车工", null, SkillLevel.GrandTechnician, new DateOnly(2026, 11, 20))], "test");
            number = outcome.Issued[0].Number.Value;
        }
        var clientA = host.Client(keyA);

        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"/api/certificates/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "弄虚作假" })).StatusCode);
        Assert.Equal(0, (await clientA.GetFromJsonAsync<JsonElement>("/api/certificates")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PostAsJsonAsync($"/api/exports/batches/{Guid.NewGuid()}/answer", new { accepted = true })).StatusCode);

        var own = await clientB.GetFromJsonAsync<JsonElement>($"/api/certificates/{number}");
        Assert.False(own.GetProperty("revoked").GetBoolean());
        var list = await clientB.GetFromJsonAsync<JsonElement>("/api/certificates?pageSize=10");
        Assert.Equal(number, list.GetProperty("items")[0].GetProperty("number").GetString());
        var revoked = await clientB.PostAsJsonAsync($"/api/certificates/{number}/revoke", new { reason = "弄虚作假" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.True((await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revoked").GetBoolean());
    }
}
