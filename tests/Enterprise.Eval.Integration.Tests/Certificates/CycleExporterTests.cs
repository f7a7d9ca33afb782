using System.Security.Cryptography;
using System.Text;
using Enterprise.Eval.Application.Exports;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Plugins.Abstractions;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Certificates;

public sealed class CycleExporterTests
{
    private static readonly TestCertificateAdapter Adapter = new();

    private static async Task<(byte[] Bytes, ExportOutcome Outcome)> ExportAsync(CertificateWorld world, Guid cycle)
    {
        await using var scope = world.Scope();
        using var file = new MemoryStream();
        var outcome = await scope.ServiceProvider.GetRequiredService<CycleExporter>()
            .ExportAsync(world.EnterpriseId, cycle, Adapter, ExportFormat.Utf8BomCrLf, file, "hr");
        return (file.ToArray(), outcome);
    }

    [Fact]
    public async Task ExportTwice_GivesByteIdenticalFiles_TheRecordedSha256_AndOneBatch()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 4);
        var cycle = Guid.NewGuid();
        await world.IssueAsync(world.Candidate(2, cycle), world.Candidate(0, cycle), world.Candidate(1, cycle), world.Candidate(3, cycle));

        var (first, outcome1) = await ExportAsync(world, cycle);
        var (second, outcome2) = await ExportAsync(world, cycle);

        Assert.Equal(first, second);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), outcome1.Batch.Sha256);
        Assert.False(outcome1.Repeated);
        Assert.True(outcome2.Repeated);
        Assert.Equal(outcome1.Batch.Id, outcome2.Batch.Id);
        Assert.Equal(4, outcome1.Batch.RowCount);
        await using var db = world.Database.NewContext();
        Assert.Equal(1, await db.ExportBatches.CountAsync());
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "export.recorded"));
    }

    [Fact]
    public async Task Export_WritesRowsByNumber_WithFullIdEnterpriseAndScores_AndLeavesRevokedOut()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 3);
        var cycle = Guid.NewGuid();
        var issued = await world.IssueAsync(world.Candidate(0, cycle), world.Candidate(1, cycle), world.Candidate(2, cycle));
        await using (var scope = world.Scope())
            await scope.ServiceProvider.GetRequiredService<Application.Certificates.CertificateIssuer>()
                .RevokeAsync(world.EnterpriseId, issued[1].Number.Value, "弄虚作假", "hr");

        var (bytes, _) = await ExportAsync(world, cycle);

        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("证书编号,姓名,证件号码,等级,发证日期,评价机构名称,评价机构代码,业绩评审成绩,口头答辩成绩", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"Y00003200012326T000001,职工1,{world.Employees[0].IdNumber},特级技师,2026-11-20,甲机械有限公司,Y000032000123,85.5,90", lines[1]);
        Assert.StartsWith("Y00003200012326T000003,", lines[2]);
    }

    [Fact]
    public async Task Answer_RejectedThenReexportedAndAccepted_ReportsAllAcceptedOnlyAtTheEnd()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 3);
        var cycle = Guid.NewGuid();
        var issued = await world.IssueAsync(world.Candidate(0, cycle), world.Candidate(1, cycle), world.Candidate(2, cycle));
        var (_, first) = await ExportAsync(world, cycle);

        await using var scope = world.Scope();
        var exporter = scope.ServiceProvider.GetRequiredService<CycleExporter>();
        var rejected = await exporter.AnswerAsync(world.EnterpriseId, first.Batch.Id, false, [3, 2], "身份证号与姓名不符", "hr");
        Assert.False(rejected.AllAccepted);
        Assert.Equal("2,3", rejected.Batch.RejectedRows);
        var again = await Assert.ThrowsAsync<DomainException>(() => exporter.AnswerAsync(world.EnterpriseId, first.Batch.Id, true, null, null, "hr"));
        Assert.Equal(CertificateIssueErrors.AlreadyAnswered, again.Code);

        await scope.ServiceProvider.GetRequiredService<Application.Certificates.CertificateIssuer>()
            .RevokeAsync(world.EnterpriseId, issued[2].Number.Value, "弄虚作假", "hr");
        var (_, second) = await ExportAsync(world, cycle);
        Assert.NotEqual(first.Batch.Id, second.Batch.Id);
        var accepted = await exporter.AnswerAsync(world.EnterpriseId, second.Batch.Id, true, null, null, "hr");

        Assert.True(accepted.AllAccepted);
        Assert.Equal(ExportBatchStatus.Accepted, accepted.Batch.Status);
    }

    [Fact]
    public async Task Answer_ThrowsRowOutOfRange_WhenARejectedRowIsNotInTheFile()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 1);
        var cycle = Guid.NewGuid();
        await world.IssueAsync(world.Candidate(0, cycle));
        var (_, outcome) = await ExportAsync(world, cycle);

        await using var scope = world.Scope();
        var ex = await Assert.ThrowsAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<CycleExporter>()
            .AnswerAsync(world.EnterpriseId, outcome.Batch.Id, false, [2], "无此行", "hr"));

        Assert.Equal(CertificateIssueErrors.RejectedRowOutOfRange, ex.Code);
    }
}
