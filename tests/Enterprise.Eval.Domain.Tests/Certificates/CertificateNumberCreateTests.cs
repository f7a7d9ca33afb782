using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Certificates;

public sealed class CertificateNumberCreateTests
{
    [Theory]
    [InlineData(EvaluatorType.Employer, "0000", "32", "123456", 2026, SkillLevel.GrandTechnician, 1, "Y000032123456" + "26T" + "000001")]
    [InlineData(EvaluatorType.SocialOrganisation, "0123", "37", "000042", 2031, SkillLevel.SeniorTechnician, 999999, "S012337000042" + "311" + "999999")]
    [InlineData(EvaluatorType.Employer, "9999", "35", "654321", 2000, SkillLevel.Primary, 4321, "Y999935654321" + "005" + "004321")]
    public void Create_RoundTripsThroughParse_WhenPartsAreValid(EvaluatorType type, string evaluator, string province,
        string site, int year, SkillLevel level, int serial, string expected)
    {
        var built = CertificateNumber.Create(type, evaluator, province, site, year, level, serial);
        var parsed = CertificateNumber.Parse(built.Value).Number!;

        Assert.Equal(expected, built.Value);
        Assert.Equal(built, parsed);
        Assert.Equal((type, evaluator, province, site, year % 100, level, serial),
            (parsed.EvaluatorType, parsed.EvaluatorCode, parsed.ProvinceCode, parsed.SiteCode, parsed.IssueYear, parsed.Level, parsed.Serial));
    }

    [Theory]
    [InlineData("000", "32", "123456", 2026, SkillLevel.GrandTechnician, 1, "EVAL-CERT-004")]
    [InlineData("0000", "3A", "123456", 2026, SkillLevel.GrandTechnician, 1, "EVAL-CERT-005")]
    [InlineData("0000", "99", "123456", 2026, SkillLevel.GrandTechnician, 1, "EVAL-CERT-006")]
    [InlineData("0000", "32", "12345", 2026, SkillLevel.GrandTechnician, 1, "EVAL-CERT-007")]
    [InlineData("0000", "32", "123456", 1999, SkillLevel.GrandTechnician, 1, "EVAL-CERT-008")]
    [InlineData("0000", "32", "123456", 2026, SkillLevel.GrandTechnician, 0, "EVAL-CERT-012")]
    [InlineData("0000", "32", "123456", 2026, SkillLevel.ChiefTechnician, 1, "EVAL-CERT-014")]
    [InlineData("0000", "32", "123456", 2026, SkillLevel.Apprentice, 1, "EVAL-CERT-014")]
    [InlineData("0000", "32", "123456", 2026, SkillLevel.GrandTechnician, 1_000_000, "EVAL-CERT-015")]
    public void Create_ThrowsWithPartCode_WhenPartIsInvalid(string evaluator, string province, string site, int year,
        SkillLevel level, int serial, string code)
    {
        var ex = Assert.Throws<DomainException>(() =>
            CertificateNumber.Create(EvaluatorType.Employer, evaluator, province, site, year, level, serial));

        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public void Explain_DescribesEverySegmentInChinese_WhenNumberIsValid()
    {
        var parts = CertificateNumber.FromString("Y000037123456" + "26T" + "000123").Explain();

        Assert.Equal(7, parts.Count);
        Assert.Equal("用人单位", parts[0].Meaning);
        Assert.Contains("0000", parts[1].Meaning);
        Assert.Equal("山东省", parts[2].Meaning);
        Assert.Equal("2026年", parts[4].Meaning);
        Assert.Equal("特级技师", parts[5].Meaning);
        Assert.Equal("第17–22位", parts[6].Positions);
        Assert.Contains("第123号", parts[6].Meaning);
        Assert.Equal("Y000037123456" + "26T" + "000123", string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void FromString_ThrowsWithFirstProblemCode_WhenInvalid()
    {
        var ex = Assert.Throws<DomainException>(() => CertificateNumber.FromString("Y000032123456" + "26t" + "000001"));

        Assert.Equal(CertificateNumberErrors.LowercaseLevelCode, ex.Code);
    }

    [Fact]
    public void Scope_IsSharedByNumbersOfSameSiteYearAndLevel_AndDiffersOtherwise()
    {
        var a = CertificateNumber.FromString("Y000032123456" + "26T" + "000001");
        var b = CertificateNumber.FromString("Y000032123456" + "26T" + "000002");
        var otherLevel = CertificateNumber.FromString("Y000032123456" + "261" + "000001");
        var otherYear = CertificateNumber.FromString("Y000032123456" + "27T" + "000001");

        Assert.Equal(a.Scope, b.Scope);
        Assert.NotEqual(a.Scope, otherLevel.Scope);
        Assert.NotEqual(a.Scope, otherYear.Scope);
        Assert.Equal("Y000032123456" + "26T", a.Scope.Prefix);
    }
}
