using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Certificates;

public sealed class CertificateNumberParseTests
{
    private const string GrandTechnician = "Y000032123456" + "26T" + "000001";

    [Fact]
    public void Parse_AcceptsGrandTechnicianNumber_WhenLevelCodeIsUppercaseT()
    {
        var result = CertificateNumber.Parse(GrandTechnician);

        Assert.True(result.IsValid);
        var number = result.Number!;
        Assert.Equal(EvaluatorType.Employer, number.EvaluatorType);
        Assert.Equal("0000", number.EvaluatorCode);
        Assert.True(number.IsProvinceRegistered);
        Assert.Equal("32", number.ProvinceCode);
        Assert.Equal("123456", number.SiteCode);
        Assert.Equal(26, number.IssueYear);
        Assert.Equal(SkillLevel.GrandTechnician, number.Level);
        Assert.Equal(1, number.Serial);
        Assert.Equal(GrandTechnician, number.Value);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_AcceptsMinistryExampleShape_WhenSiteCodeIsDigits()
    {
        var result = CertificateNumber.Parse("S012323000777195000001");

        Assert.True(result.IsValid);
        Assert.Equal(EvaluatorType.SocialOrganisation, result.Number!.EvaluatorType);
        Assert.Equal("黑龙江省", result.Number.Explain()[2].Meaning);
        Assert.Equal(SkillLevel.Primary, result.Number.Level);
    }

    [Fact]
    public void Parse_IgnoresSurroundingWhitespace_WhenPasted()
    {
        Assert.True(CertificateNumber.Parse($"  {GrandTechnician}\n").IsValid);
    }

    [Theory]
    [InlineData("Y000032123456T000001", 20)]
    [InlineData("Y000032123456" + "26T" + "0000012", 23)]
    public void Parse_RejectsWithWrongLengthCode_WhenNotTwentyTwoCharacters(string text, int length)
    {
        var problem = Assert.Single(CertificateNumber.Parse(text).Problems);

        Assert.Equal(CertificateNumberErrors.WrongLength, problem.Code);
        Assert.Contains($"实际为{length}位", problem.Message);
    }

    [Fact]
    public void Parse_SaysLegacyQualificationNumber_WhenSixteenDigits()
    {
        var problem = Assert.Single(CertificateNumber.Parse("1001234567890123").Problems);

        Assert.Equal(CertificateNumberErrors.LegacyQualificationNumber, problem.Code);
    }

    [Fact]
    public void Parse_RejectsWithEmptyCode_WhenBlank()
    {
        Assert.Equal(CertificateNumberErrors.Empty, Assert.Single(CertificateNumber.Parse("  ").Problems).Code);
        Assert.Equal(CertificateNumberErrors.Empty, Assert.Single(CertificateNumber.Parse(null).Problems).Code);
    }

    [Fact]
    public void Parse_RejectsWithLowercaseCode_WhenLevelCodeIsLowercaseT()
    {
        var result = CertificateNumber.Parse("Y000032123456" + "26t" + "000001");

        var problem = Assert.Single(result.Problems);
        Assert.False(result.IsValid);
        Assert.Equal(CertificateNumberErrors.LowercaseLevelCode, problem.Code);
        Assert.Equal(16, problem.FirstPosition);
        Assert.Contains("大写", problem.Message);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("10")] // 江苏 in the old 16-digit table, not in GB/T 2260
    [InlineData("00")]
    public void Parse_RejectsWithUnknownProvinceCode_WhenNotInGbt2260(string province)
    {
        var problem = Assert.Single(CertificateNumber.Parse($"Y0000{province}123456" + "26T" + "000001").Problems);

        Assert.Equal(CertificateNumberErrors.UnknownProvinceCode, problem.Code);
        Assert.Contains(province, problem.Message);
    }

    [Fact]
    public void Parse_RejectsWithNonDigitProvinceCode_WhenLetters()
    {
        var problem = Assert.Single(CertificateNumber.Parse("Y0000JS123456" + "26T" + "000001").Problems);

        Assert.Equal(CertificateNumberErrors.NonDigitProvinceCode, problem.Code);
    }

    [Theory]
    [InlineData("00000A")]
    [InlineData("O00001")]
    [InlineData("00 001")]
    public void Parse_RejectsWithNonDigitSerialCode_WhenSerialHasNonDigits(string serial)
    {
        var problem = Assert.Single(CertificateNumber.Parse("Y000032123456" + "26T" + serial).Problems);

        Assert.Equal(CertificateNumberErrors.NonDigitSerial, problem.Code);
        Assert.Equal(17, problem.FirstPosition);
        Assert.Equal(22, problem.LastPosition);
    }

    [Fact]
    public void Parse_RejectsWithZeroSerialCode_WhenSerialIsAllZeros()
    {
        var problem = Assert.Single(CertificateNumber.Parse("Y000032123456" + "26T" + "000000").Problems);

        Assert.Equal(CertificateNumberErrors.ZeroSerial, problem.Code);
    }

    [Theory]
    [InlineData('X')]
    [InlineData('y')]
    [InlineData('1')]
    public void Parse_RejectsWithEvaluatorTypeCode_WhenFirstCharacterIsNotYOrS(char first)
    {
        var problem = Assert.Single(CertificateNumber.Parse(first + "000032123456" + "26T" + "000001").Problems);

        Assert.Equal(CertificateNumberErrors.BadEvaluatorType, problem.Code);
        Assert.Equal(1, problem.FirstPosition);
    }

    [Theory]
    [InlineData("Y00A032123456" + "26T" + "000001", "EVAL-CERT-004")]
    [InlineData("Y00003212345X" + "26T" + "000001", "EVAL-CERT-007")]
    [InlineData("Y000032123456" + "2XT" + "000001", "EVAL-CERT-008")]
    [InlineData("Y000032123456" + "266" + "000001", "EVAL-CERT-010")]
    [InlineData("Y000032123456" + "260" + "000001", "EVAL-CERT-010")]
    public void Parse_RejectsEachSegmentWithItsOwnCode_WhenSegmentIsMalformed(string text, string code)
    {
        Assert.Equal(code, Assert.Single(CertificateNumber.Parse(text).Problems).Code);
    }

    [Fact]
    public void Parse_ReportsEveryProblem_WhenSeveralSegmentsAreWrong()
    {
        var codes = CertificateNumber.Parse("y000099123456" + "26t" + "000000").Problems.Select(p => p.Code).ToArray();

        Assert.Equal(
            [CertificateNumberErrors.BadEvaluatorType, CertificateNumberErrors.UnknownProvinceCode,
             CertificateNumberErrors.LowercaseLevelCode, CertificateNumberErrors.ZeroSerial],
            codes);
    }

    [Fact]
    public void Problems_HaveDistinctCodes_ForDistinctMistakes()
    {
        string[] inputs =
        [
            "Y000032123456T000001",
            "Y000032123456" + "26t" + "000001",
            "Y000099123456" + "26T" + "000001",
            "Y000032123456" + "26T" + "00000A",
            "Y000032123456" + "26T" + "000000",
            "X000032123456" + "26T" + "000001",
        ];

        var codes = inputs.Select(i => Assert.Single(CertificateNumber.Parse(i).Problems).Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
    }
}
