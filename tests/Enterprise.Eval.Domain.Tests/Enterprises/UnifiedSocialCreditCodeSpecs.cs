using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;

namespace Enterprise.Eval.Domain.Tests.Enterprises;

public sealed class UnifiedSocialCreditCodeSpecs
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91512081MA62K0260E")]
    public void Parse_StandardExamples_Succeeds(string code) => Assert.Equal(code, UnifiedSocialCreditCode.Parse(code).Value);

    [Theory]
    [InlineData("91350100M000100Y44", "EVAL-ENT-003")]
    [InlineData("91350100M000100Y4", "EVAL-ENT-001")]
    [InlineData("91350100I000100Y43", "EVAL-ENT-002")]
    public void Parse_Invalid_FailsWithItsOwnCode(string code, string expected) =>
        Assert.Equal(expected, Assert.Throws<DomainException>(() => UnifiedSocialCreditCode.Parse(code)).Code);

    [Theory]
    [InlineData("91350100M000100Y4I", "I")]
    [InlineData("91350100M000100Y4O", "O")]
    [InlineData("91350100M000100Y4S", "S")]
    public void Parse_LastCharacterOutsideTheAlphabet_SaysTheCharacterIsNotAllowed(string code, string character)
    {
        var error = Assert.Throws<DomainException>(() => UnifiedSocialCreditCode.Parse(code));

        Assert.Equal("EVAL-ENT-002", error.Code);
        Assert.Contains($"第18位“{character}”不是允许的字符", error.Message);
        Assert.DoesNotContain("校验位不正确", error.Message);
    }

    [Fact]
    public void Registration_WithSeveralProblems_ListsEveryOne()
    {
        var r = new EnterpriseRegistration("", "91350100M000100Y44", EvaluatorType.Employer, "12", "99", "12345", "", "", new DateOnly(2026, 1, 1));

        var codes = r.Validate().Select(e => e.Code).ToList();

        Assert.Equal(["EVAL-ENT-010", "EVAL-ENT-003", "EVAL-ENT-011", "EVAL-ENT-012", "EVAL-ENT-013", "EVAL-ENT-014", "EVAL-ENT-015"], codes);
    }

    [Fact]
    public void StruckOffEnterprise_CanRunNothing()
    {
        var e = RegisteredEnterprise.Register(new EnterpriseRegistration("甲公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32", "000123", "江苏省", "1", new DateOnly(2026, 1, 1)), DateTimeOffset.UnixEpoch);

        e.StrikeOff();

        Assert.Equal("EVAL-ENT-020", Assert.Throws<DomainException>(e.EnsureCanRun).Code);
        Assert.Throws<DomainException>(e.Reinstate);
    }
}
