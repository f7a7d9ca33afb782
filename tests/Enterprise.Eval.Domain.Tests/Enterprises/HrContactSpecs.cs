using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;

namespace Enterprise.Eval.Domain.Tests.Enterprises;

public sealed class HrContactSpecs
{
    private static EnterpriseRegistration Registration(string? hrName, string? hrEmail) =>
        new("甲机械有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32", "000123", "江苏省职业技能鉴定中心", "苏评备-0001",
            new DateOnly(2026, 1, 5), hrName, hrEmail);

    [Fact]
    public void Create_TrimsNameAndAddress()
    {
        var contact = HrContact.Create(" 王芳 ", " hr@jiajixie.example ");

        Assert.Equal(("王芳", "hr@jiajixie.example"), (contact.Name, contact.Email));
    }

    [Theory]
    [InlineData("hr.jiajixie.example")]
    [InlineData("hr@jiajixie")]
    [InlineData("hr@@jiajixie.example")]
    [InlineData("王 芳@jiajixie.example")]
    [InlineData("<hr@jiajixie.example>")]
    [InlineData("hr@jiajixie..example")]
    public void Create_WithAMalformedAddress_FailsWithEnt031InChinese(string email)
    {
        var e = Assert.Throws<DomainException>(() => HrContact.Create("王芳", email));

        Assert.Equal("EVAL-ENT-031", e.Code);
        Assert.Contains("人事联系人邮箱", e.Message);
    }

    [Fact]
    public void Validate_WithoutNameOrAddress_ListsBoth()
    {
        Assert.Equal(["EVAL-ENT-030", "EVAL-ENT-031"], HrContact.Validate(" ", null).Select(e => e.Code));
        Assert.Equal("EVAL-ENT-030", Assert.Single(HrContact.Validate(new string('王', 101), "hr@jiajixie.example")).Code);
    }

    [Fact]
    public void Registration_WithoutHrContact_IsValid_AndTheEnterpriseHasNone()
    {
        var enterprise = RegisteredEnterprise.Register(Registration(null, null), DateTimeOffset.UnixEpoch);

        Assert.Null(enterprise.HrContact);
        Assert.Null(enterprise.HrContactEmail);
    }

    [Fact]
    public void Registration_WithHalfAContact_IsRefused()
    {
        Assert.Equal(["EVAL-ENT-031"], Registration("王芳", null).Validate().Select(e => e.Code));
        Assert.Equal("EVAL-ENT-030", Assert.Throws<DomainException>(() => RegisteredEnterprise.Register(Registration(null, "hr@jiajixie.example"), DateTimeOffset.UnixEpoch)).Code);
    }

    [Fact]
    public void ChangeHrContact_SetsChangesAndClears_ReportingWhetherAnythingChanged()
    {
        var enterprise = RegisteredEnterprise.Register(Registration("王芳", "hr@jiajixie.example"), DateTimeOffset.UnixEpoch);

        Assert.False(enterprise.ChangeHrContact(HrContact.Create("王芳", "hr@jiajixie.example")));
        Assert.True(enterprise.ChangeHrContact(HrContact.Create("李强", "lq@jiajixie.example")));
        Assert.Equal("lq@jiajixie.example", enterprise.HrContact!.Email);
        Assert.True(enterprise.ChangeHrContact(null));
        Assert.Null(enterprise.HrContact);
    }
}
