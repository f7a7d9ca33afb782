using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Certificates;

public sealed class CertificateTests
{
    private static readonly Guid EnterpriseId = Guid.NewGuid();
    private static readonly Guid HolderId = Guid.NewGuid();
    private static readonly CertificateNumber Number = CertificateNumber.FromString("Y000032123456" + "26T" + "000007");

    [Fact]
    public void Issue_KeepsHolderAndOccupation_WhenNumberMatchesLevelAndYear()
    {
        var certificate = Certificate.Issue(EnterpriseId, null, Number, HolderId, " 李四 ", "6-18-01-01", "车工", "数控车工", SkillLevel.GrandTechnician, new DateOnly(2026, 12, 31));

        Assert.Equal("李四", certificate.HolderName);
        Assert.Equal(SkillLevel.GrandTechnician, certificate.Level);
        Assert.Equal("数控车工", certificate.WorkType);
        Assert.False(certificate.IsRevoked);
    }

    [Fact]
    public void Issue_ThrowsLevelMismatch_WhenNumberCarriesAnotherLevel()
    {
        var ex = Assert.Throws<DomainException>(() =>
            Certificate.Issue(EnterpriseId, null, Number, HolderId, "李四", "6-18-01-01", "车工", null, SkillLevel.SeniorTechnician, new DateOnly(2026, 5, 1)));

        Assert.Equal(CertificateNumberErrors.LevelMismatch, ex.Code);
    }

    [Fact]
    public void Issue_ThrowsYearMismatch_WhenIssueDateIsInAnotherYear()
    {
        var ex = Assert.Throws<DomainException>(() =>
            Certificate.Issue(EnterpriseId, null, Number, HolderId, "李四", "6-18-01-01", "车工", null, SkillLevel.GrandTechnician, new DateOnly(2027, 1, 1)));

        Assert.Equal(CertificateNumberErrors.IssueYearMismatch, ex.Code);
    }

    [Fact]
    public void Revoke_RecordsReasonAndUtcInstant_AndKeepsNumber()
    {
        var certificate = Certificate.Issue(EnterpriseId, null, Number, HolderId, "李四", "6-18-01-01", "车工", null, SkillLevel.GrandTechnician, new DateOnly(2026, 5, 1));

        certificate.Revoke("弄虚作假", new DateTimeOffset(2026, 8, 3, 10, 0, 0, TimeSpan.FromHours(8)));

        Assert.True(certificate.IsRevoked);
        Assert.Equal("弄虚作假", certificate.RevocationReason);
        Assert.Equal(new DateTimeOffset(2026, 8, 3, 2, 0, 0, TimeSpan.Zero), certificate.RevokedAt);
        Assert.Equal(TimeSpan.Zero, certificate.RevokedAt!.Value.Offset);
        Assert.Equal(Number, certificate.Number);
    }

    [Fact]
    public void Revoke_ThrowsAlreadyRevoked_WhenRevokedTwice()
    {
        var certificate = Certificate.Issue(EnterpriseId, null, Number, HolderId, "李四", "6-18-01-01", "车工", null, SkillLevel.GrandTechnician, new DateOnly(2026, 5, 1));
        certificate.Revoke("弄虚作假", DateTimeOffset.UnixEpoch);

        var ex = Assert.Throws<DomainException>(() => certificate.Revoke("再次", DateTimeOffset.UnixEpoch));

        Assert.Equal(CertificateNumberErrors.AlreadyRevoked, ex.Code);
    }

    [Fact]
    public void Revoke_ThrowsArgumentException_WhenReasonIsBlank()
    {
        var certificate = Certificate.Issue(EnterpriseId, null, Number, HolderId, "李四", "6-18-01-01", "车工", null, SkillLevel.GrandTechnician, new DateOnly(2026, 5, 1));

        Assert.ThrowsAny<ArgumentException>(() => certificate.Revoke(" ", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Issue_KeepsEnterpriseCycleAndStageScoresInOrder()
    {
        var cycle = Guid.NewGuid();

        var certificate = Certificate.Issue(EnterpriseId, cycle, Number, HolderId, "李四", "6-18-01-01", "车工", null,
            SkillLevel.GrandTechnician, new DateOnly(2026, 5, 1), [new("口头答辩", 90m), new("业绩评审", null)]);

        Assert.Equal(EnterpriseId, certificate.EnterpriseId);
        Assert.Equal(cycle, certificate.CycleId);
        Assert.Equal(["口头答辩", "业绩评审"], certificate.StageScores.Select(s => s.Stage));
        Assert.NotEqual(Guid.Empty, certificate.Id);
    }

    [Fact]
    public void Issue_ThrowsArgumentException_WithoutHolderRecord()
    {
        Assert.ThrowsAny<ArgumentException>(() => Certificate.Issue(EnterpriseId, null, Number, Guid.Empty, "李四", "6-18-01-01", "车工",
            null, SkillLevel.GrandTechnician, new DateOnly(2026, 5, 1)));
    }
}
