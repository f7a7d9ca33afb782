using Enterprise.Eval.Application.Screening;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Tests.Schemes;

namespace Enterprise.Eval.Domain.Tests.Screening;

public sealed class ScreeningServiceTests
{
    private static readonly DateOnly WindowClose = new(2022, 2, 28);

    private static ApplicantFacts Applicant(string number, string? name, DateOnly postStart) => new()
    {
        EmployeeNumber = number, Name = name,
        LevelHeld = SkillLevel.SeniorTechnician, LevelOccupationCode = "6-18-01-01", PostStartedOn = postStart,
        StillInOccupation = true, TitleRank = "中级", Achievements = [], Bans = [],
        Attestations = new Dictionary<string, Attestation> { ["ethics"] = new(true, "经考察") },
    };

    [Fact]
    public void Screen_ReturnsOneRowPerApplicant_InInputOrder()
    {
        var rows = new ScreeningService().Screen(RepoFiles.Jiangsu,
            [Applicant("A2", "甲", new DateOnly(2017, 2, 28)), Applicant("A1", "乙", new DateOnly(2017, 3, 1))], WindowClose);

        Assert.Equal(["A2", "A1"], rows.Select(r => r.EmployeeNumber));
        Assert.Equal([VerdictKind.EligibleStandard, VerdictKind.Ineligible], rows.Select(r => r.Kind));
    }

    [Fact]
    public void Screen_RejectsADuplicateEmployeeNumber()
    {
        var a = Applicant("A1", "甲", new DateOnly(2017, 2, 28));

        Assert.Throws<ArgumentException>(() => new ScreeningService().Screen(RepoFiles.Jiangsu, [a, a], WindowClose));
    }

    [Fact]
    public void ScreenEach_ScreensApplicantsAsTheyAreRead()
    {
        static IEnumerable<ApplicantFacts> OneThenBroken()
        {
            yield return Applicant("A1", "甲", new DateOnly(2017, 2, 28));
            throw new InvalidOperationException("read past the first applicant");
        }

        var first = new ScreeningService().ScreenEach(RepoFiles.Jiangsu, OneThenBroken(), WindowClose).First();

        Assert.Equal("A1", first.EmployeeNumber);
        Assert.Equal(VerdictKind.EligibleStandard, first.Kind);
    }

    [Fact]
    public void ScreenEach_StreamedToTheCsvWriter_WritesTheSameTableAsScreen()
    {
        ApplicantFacts[] applicants = [Applicant("A1", "王强", new DateOnly(2017, 2, 28)), Applicant("A2", "李娟", new DateOnly(2017, 3, 1))];
        var kept = new StringWriter();
        var streamed = new StringWriter();

        new ScreeningCsvWriter().Write(new ScreeningService().Screen(RepoFiles.Jiangsu, applicants, WindowClose), kept);
        new ScreeningCsvWriter().Write(new ScreeningService().ScreenEach(RepoFiles.Jiangsu, applicants, WindowClose), streamed);

        Assert.Equal(kept.ToString(), streamed.ToString());
    }

    [Fact]
    public void ScreenEach_RejectsADuplicateEmployeeNumber_WhenItIsReached()
    {
        var a = Applicant("A1", "甲", new DateOnly(2017, 2, 28));

        var rows = new ScreeningService().ScreenEach(RepoFiles.Jiangsu, [a, a], WindowClose);

        Assert.Throws<ArgumentException>(() => rows.ToList());
    }

    [Fact]
    public void CsvWriter_WritesChineseHeadersAndVerdicts()
    {
        var rows = new ScreeningService().Screen(RepoFiles.Jiangsu,
            [Applicant("A1", "王强", new DateOnly(2017, 2, 28)), Applicant("A2", "李娟", new DateOnly(2017, 3, 1))], WindowClose);
        var output = new StringWriter();

        new ScreeningCsvWriter().Write(rows, output);

        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", ScreeningCsvWriter.Headers), lines[0]);
        Assert.StartsWith("A1,王强,符合条件,基本条件1（高级技师岗位满5年）,", lines[1]);
        Assert.StartsWith("A2,李娟,不符合条件,", lines[2]);
        Assert.Contains("不满5年", lines[2]);
        Assert.EndsWith(",2022-02-28", lines[2]);
    }

    [Fact]
    public void CsvWriter_NeutralisesFormulaLikeText()
    {
        var rows = new ScreeningService().Screen(RepoFiles.Jiangsu, [Applicant("A1", "=HYPERLINK(\"x\")", new DateOnly(2017, 2, 28))], WindowClose);
        var output = new StringWriter();

        new ScreeningCsvWriter().Write(rows, output);

        Assert.DoesNotContain(",=HYPERLINK", output.ToString());
        Assert.DoesNotContain(",\"=HYPERLINK", output.ToString());
    }

    [Fact]
    public void CsvWriter_WritesAFileWithAByteOrderMark_ForSpreadsheets()
    {
        var rows = new ScreeningService().Screen(RepoFiles.Jiangsu, [Applicant("A1", "王强", new DateOnly(2017, 2, 28))], WindowClose);
        var path = Path.Combine(Path.GetTempPath(), $"screening-{Guid.NewGuid():N}.csv");
        try
        {
            new ScreeningCsvWriter().WriteFile(rows, path);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.Contains("王强", System.Text.Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
