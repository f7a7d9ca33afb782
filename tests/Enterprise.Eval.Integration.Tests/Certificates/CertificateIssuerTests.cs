using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Certificates;

public sealed class CertificateIssuerTests
{
    [Fact]
    public async Task Revoke_KeepsTheNumber_AndTheNextIssueDoesNotReuseIt()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 3);
        var cycle = Guid.NewGuid();
        var first = (await world.IssueAsync(world.Candidate(0, cycle), world.Candidate(1, cycle))).ToList();

        await using (var scope = world.Scope())
            await scope.ServiceProvider.GetRequiredService<ICertificateRevocation>()
                .RevokeAsync(world.EnterpriseId, first[1].Number.Value, "弄虚作假：业绩材料不实", "test");
        var next = Assert.Single(await world.IssueAsync(world.Candidate(2, cycle)));

        Assert.Equal(3, next.Number.Serial);
        await using var db = world.Database.NewContext();
        var revoked = await db.Certificates.AsNoTracking().SingleAsync(c => c.RevokedAt != null);
        Assert.Equal(first[1].Number, revoked.Number);
        Assert.Equal("弄虚作假：业绩材料不实", revoked.RevocationReason);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "certificate.revoked" && a.EntityId == revoked.Number.Value));
    }

    [Fact]
    public async Task RevokeForFraud_RevokesTheEmployeesCertificatesOfTheCycle_AndLeavesOthers()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 2);
        var cycle = Guid.NewGuid();
        await world.IssueAsync(world.Candidate(0, cycle), world.Candidate(1, cycle));

        await using var scope = world.Scope();
        var revoked = await scope.ServiceProvider.GetRequiredService<ICertificateRevocation>()
            .RevokeForFraudAsync(world.EnterpriseId, cycle, world.Employees[0].Id, "论文抄袭", "applications");

        var certificate = Assert.Single(revoked);
        Assert.StartsWith(CertificateIssuer.FraudReasonPrefix, certificate.RevocationReason);
        await using var db = world.Database.NewContext();
        Assert.Equal(1, await db.Certificates.CountAsync(c => c.RevokedAt == null));
    }

    [Fact]
    public async Task IssueAgain_ReturnsTheHeldCertificate_AndTakesNoSerial()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 2);
        var cycle = Guid.NewGuid();
        var issued = Assert.Single(await world.IssueAsync(world.Candidate(0, cycle)));

        await using var scope = world.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CertificateIssuer>()
            .IssueAsync([world.Candidate(0, cycle), world.Candidate(1, cycle)], "test");

        Assert.Equal(issued.Number, Assert.Single(outcome.AlreadyHeld).Number);
        Assert.Equal(2, Assert.Single(outcome.Issued).Number.Serial);
    }

    [Fact]
    public async Task Issue_NumbersCarryTheEnterpriseSiteYearAndLevel_AndKeepStageScores()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 1);

        var certificate = Assert.Single(await world.IssueAsync(world.Candidate(0, Guid.NewGuid(), new DateOnly(2027, 1, 4))));

        Assert.Equal("Y00003200012327T000001", certificate.Number.Value);
        await using var db = world.Database.NewContext();
        var stored = await db.Certificates.AsNoTracking().SingleAsync();
        Assert.Equal([new CertificateStageScore("业绩评审", 85.5m), new CertificateStageScore("口头答辩", 90m)], stored.StageScores);
        Assert.Equal("职工1", stored.HolderName);
    }

    [Fact]
    public async Task Issue_ThrowsNotOnRoster_ForAnotherEnterprisesEmployee()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 1);
        var other = await CertificateWorld.RegisterAsync(world.Database, "乙电气有限公司", "91512081MA62K0260E");

        await using var scope = world.Scope();
        var ex = await Assert.ThrowsAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<CertificateIssuer>()
            .IssueAsync([world.Candidate(0, Guid.NewGuid()) with { EnterpriseId = other }], "test"));

        Assert.Equal(CertificateIssueErrors.EmployeeNotOnRoster, ex.Code);
    }
}
