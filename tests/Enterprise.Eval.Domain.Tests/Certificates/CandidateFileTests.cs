using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Certificates;

public sealed class CandidateFileTests
{
    private const string Header = "工号,职业编码,职业名称,工种,等级,发证日期";

    [Fact]
    public void Read_TakesExtraColumnsAsStageScores_AndEmptyCellsAsUnscored()
    {
        var lines = CandidateFile.Read("\uFEFF" + Header + ",业绩评审,口头答辩\r\nE001,6-18-01-01,车工,,特级技师,2026-11-20,85.5,\r\n");

        var line = Assert.Single(lines);
        Assert.Equal("E001", line.EmployeeNumber);
        Assert.Null(line.WorkType);
        Assert.Equal(SkillLevel.GrandTechnician, line.Level);
        Assert.Equal(new DateOnly(2026, 11, 20), line.IssueDate);
        Assert.Equal([new CertificateStageScore("业绩评审", 85.5m), new CertificateStageScore("口头答辩", null)], line.StageScores);
    }

    [Fact]
    public void Read_ListsEveryBadRow_WithCode034()
    {
        var ex = Assert.Throws<DomainException>(() => CandidateFile.Read(
            Header + "\nE001,6-18-01-01,车工,,大师,2026-11-20\nE002,6-18-01-01,车工,,特级技师,2026/11/20\n"));

        Assert.Equal(CertificateIssueErrors.CandidateFileInvalid, ex.Code);
        Assert.Contains("第1行等级“大师”", ex.Message);
        Assert.Contains("第2行发证日期", ex.Message);
    }

    [Fact]
    public void Read_RejectsAFileWithoutTheRequiredHeader()
    {
        var ex = Assert.Throws<DomainException>(() => CandidateFile.Read("姓名,等级\n张三,特级技师\n"));

        Assert.Equal(CertificateIssueErrors.CandidateFileInvalid, ex.Code);
    }
}
