using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Certificates;

public sealed class CertificateSerialCounterTests
{
    private static readonly CertificateSerialScope Scope =
        CertificateSerialScope.Create(EvaluatorType.Employer, "0000", "32", "123456", 2026, SkillLevel.GrandTechnician);

    [Fact]
    public void Allocate_StartsAtOneAndCountsUp_InIssueOrder()
    {
        var counter = CertificateSerialCounter.Start(Scope);

        var serials = Enumerable.Range(0, 3).Select(_ => counter.Allocate().Serial).ToArray();

        Assert.Equal([1, 2, 3], serials);
        Assert.Equal(3, counter.LastIssuedSerial);
    }

    [Fact]
    public void Allocate_ContinuesAfterLastIssued_WhenRestoredAfterRevocation()
    {
        var counter = CertificateSerialCounter.Start(Scope);
        var first = counter.Allocate();
        var certificate = Certificate.Issue(Guid.NewGuid(), null, first, Guid.NewGuid(), "张三", "6-18-01-01", "车工", null, SkillLevel.GrandTechnician, new DateOnly(2026, 6, 1));
        certificate.Revoke("材料造假", new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)));

        var restored = CertificateSerialCounter.Restore(Scope, counter.LastIssuedSerial);

        Assert.Equal(2, restored.Allocate().Serial);
        Assert.Equal(first, certificate.Number);
    }

    [Fact]
    public void Allocate_ThrowsExhausted_WhenLastSerialWasIssued()
    {
        var counter = CertificateSerialCounter.Restore(Scope, 999_998);

        Assert.Equal(999_999, counter.Allocate().Serial);
        var ex = Assert.Throws<DomainException>(() => counter.Allocate());
        Assert.Equal(CertificateNumberErrors.SerialsExhausted, ex.Code);
        Assert.Equal(0, counter.Remaining);
    }
}
