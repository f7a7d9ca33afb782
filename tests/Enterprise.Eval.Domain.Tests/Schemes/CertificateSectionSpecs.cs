using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>Issue 19 point 2: each template says who issues its certificate, and an authority's number is checked as the scheme says.</summary>
public sealed class CertificateSectionSpecs
{
    [Theory]
    [InlineData("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml", CertificateIssuerKind.Enterprise, null)]
    [InlineData("plugins/Shandong/templates/binzhou-grand-technician.yaml", CertificateIssuerKind.Enterprise, null)]
    [InlineData("plugins/Fujian/templates/fujian-senior-technician.yaml", CertificateIssuerKind.Authority, "福建省人力资源和社会保障厅")]
    [InlineData("plugins/Jiangsu/templates/nantong-senior-technician.yaml", CertificateIssuerKind.Authority, "江苏省人力资源和社会保障厅")]
    [InlineData("plugins/Zhejiang/templates/wenzhou-direct-technician.yaml", CertificateIssuerKind.Authority, "温州市职业技能鉴定指导中心")]
    public void EachTemplate_SaysWhoIssues_WithItsClause(string path, CertificateIssuerKind issuer, string? authority)
    {
        var rules = RepoFiles.LoadScheme(path).Certificate;

        Assert.Equal(issuer, rules.Issuer);
        Assert.Equal(authority, rules.Authority);
        Assert.False(string.IsNullOrWhiteSpace(rules.Source));
    }

    [Fact]
    public void WenzhouSenior_IsIssuedByTheLocalHrss()
    {
        var rules = RepoFiles.LoadScheme("plugins/Zhejiang/templates/wenzhou-direct-senior.yaml").Certificate;

        Assert.Equal(CertificateIssuerKind.Authority, rules.Issuer);
        Assert.Contains("人力资源和社会保障局", rules.Authority, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("闽人社高技〔2026〕0001", null)]
    [InlineData("", "请填写")]
    [InlineData("1234567890123456789012345678901234567890X", "不超过40个字符")]
    public void AuthorityNumber_IsFreeTextWithinTheLimit_WhereTheSeedGivesNoFormat(string number, string? problem)
    {
        var rules = RepoFiles.LoadScheme("plugins/Fujian/templates/fujian-senior-technician.yaml").Certificate;

        var found = rules.NumberProblem(number);

        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorityNumber_MustMatchThePattern_WhereTheSchemeStatesOne()
    {
        var text = RepoFiles.Read("plugins/Zhejiang/templates/wenzhou-direct-technician.yaml")
            .Replace("  numberMaxLength: 40             # LIMIT: no number format in the seed\n", "  numberPattern: '[0-9]{16}'\n", StringComparison.Ordinal);
        var rules = Parse(text).Certificate;

        Assert.Null(rules.NumberProblem("3300012345678901"));
        Assert.Contains("编号格式", rules.NumberProblem("330001234567890"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("certificate:\n  issuer: authority\n  numberMaxLength: 40\n", "authority")]
    [InlineData("certificate:\n  issuer: authority\n  authority: 某厅\n", "numberMaxLength")]
    [InlineData("certificate:\n  issuer: enterprise\n  authority: 某厅\n", "issuer: authority")]
    [InlineData("certificate:\n  issuer: province\n", "enterprise、authority")]
    public void CertificateSection_IsRefused_WhenIncomplete(string section, string told)
    {
        var parsed = SchemeFileParser.Parse(RepoFiles.Read("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml")
            .Replace("certificate:\n  issuer: enterprise\n  source: 004 二(六)\n", section, StringComparison.Ordinal), "x.yaml");

        Assert.False(parsed.IsValid);
        Assert.Contains(parsed.Errors, e => e.Message.Contains(told, StringComparison.Ordinal));
    }

    private static Domain.Schemes.Scheme Parse(string text)
    {
        var parsed = SchemeFileParser.Parse(text, "x.yaml");
        Assert.True(parsed.IsValid, string.Join("；", parsed.Errors));
        return parsed.Scheme!;
    }
}
