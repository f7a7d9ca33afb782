using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Tests.Certificates;

public sealed class ExportBatchTests
{
    private static readonly DateTimeOffset ChinaNoon = new(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(8));

    private static ExportBatch Batch(int rows = 10) =>
        ExportBatch.Record(Guid.NewGuid(), Guid.NewGuid(), "national", rows, new string('a', 64), ChinaNoon, "hr");

    [Fact]
    public void Record_StartsPending_WithTheExportInstantInUtc()
    {
        var batch = Batch();

        Assert.Equal(ExportBatchStatus.Pending, batch.Status);
        Assert.Equal(TimeSpan.Zero, batch.ExportedAt.Offset);
        Assert.Equal(ChinaNoon, batch.ExportedAt);
    }

    [Fact]
    public void Reject_KeepsRowsSortedAndDistinct_AndTheReason()
    {
        var batch = Batch();

        batch.Reject([7, 3, 7], " 身份证号有误 ", ChinaNoon, "hr");

        Assert.Equal(ExportBatchStatus.Rejected, batch.Status);
        Assert.Equal("3,7", batch.RejectedRows);
        Assert.Equal("身份证号有误", batch.RejectionReason);
        Assert.Equal("hr", batch.AnsweredBy);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Reject_ThrowsRowOutOfRange_WhenARowIsOutsideTheFile(int row)
    {
        var ex = Assert.Throws<DomainException>(() => Batch(rows: 10).Reject([row], "有误", ChinaNoon, "hr"));

        Assert.Equal(CertificateIssueErrors.RejectedRowOutOfRange, ex.Code);
    }

    [Fact]
    public void Reject_ThrowsWithoutRows_WhenNoRowIsGiven()
    {
        var ex = Assert.Throws<DomainException>(() => Batch().Reject([], "有误", ChinaNoon, "hr"));

        Assert.Equal(CertificateIssueErrors.RejectionWithoutRows, ex.Code);
    }

    [Fact]
    public void Accept_ThrowsAlreadyAnswered_WhenTheBatchWasRejected()
    {
        var batch = Batch();
        batch.Reject([1], "有误", ChinaNoon, "hr");

        var ex = Assert.Throws<DomainException>(() => batch.Accept(ChinaNoon, "hr"));

        Assert.Equal(CertificateIssueErrors.AlreadyAnswered, ex.Code);
        Assert.Equal(ExportBatchStatus.Rejected, batch.Status);
    }
}
