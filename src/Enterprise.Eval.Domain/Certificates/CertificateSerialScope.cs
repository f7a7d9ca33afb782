using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// The first 16 characters of a certificate number: evaluator site, issue year and level. Serials are allocated
/// within one scope, in issue order, and a serial once used in a scope is never used again (domain.md §2).
/// </summary>
public sealed class CertificateSerialScope : IEquatable<CertificateSerialScope>
{
    internal CertificateSerialScope(EvaluatorType evaluatorType, string evaluatorCode, string provinceCode, string siteCode,
        int issueYear, SkillLevel level)
    {
        EvaluatorType = evaluatorType;
        EvaluatorCode = evaluatorCode;
        ProvinceCode = provinceCode;
        SiteCode = siteCode;
        IssueYear = issueYear;
        Level = level;
        Prefix = $"{(char)evaluatorType}{evaluatorCode}{provinceCode}{siteCode}{issueYear:00}{level.CertificateCode()}";
    }

    public EvaluatorType EvaluatorType { get; }

    public string EvaluatorCode { get; }

    public string ProvinceCode { get; }

    public string SiteCode { get; }

    /// <summary>The last two digits of the issue year.</summary>
    public int IssueYear { get; }

    public SkillLevel Level { get; }

    /// <summary>The 16 characters every number in this scope starts with; a natural key for a serial counter.</summary>
    public string Prefix { get; }

    /// <param name="issueYear">The full calendar year of issue (2000–2099).</param>
    public static CertificateSerialScope Create(EvaluatorType evaluatorType, string evaluatorCode, string provinceCode,
        string siteCode, int issueYear, SkillLevel level)
    {
        if (!Enum.IsDefined(evaluatorType))
            throw new DomainException(CertificateNumberErrors.BadEvaluatorType, "评价机构类型应为Y（用人单位）或S（社会培训评价组织）");
        RequireDigits(evaluatorCode, 4, CertificateNumberErrors.BadEvaluatorCode, "评价机构代码");
        RequireDigits(provinceCode, 2, CertificateNumberErrors.NonDigitProvinceCode, "省份代码");
        if (!ProvinceCodes.IsKnown(provinceCode))
            throw new DomainException(CertificateNumberErrors.UnknownProvinceCode, $"省份代码“{provinceCode}”不是GB/T 2260中的省级行政区划代码");
        RequireDigits(siteCode, 6, CertificateNumberErrors.BadSiteCode, "评价机构（站点）序列码");
        if (issueYear is < 2000 or > 2099)
            throw new DomainException(CertificateNumberErrors.BadIssueYear, $"发证年份{issueYear}超出证书编号可表示的范围（2000–2099年）");
        if (level.CertificateCode() is null)
            throw new DomainException(CertificateNumberErrors.LevelWithoutCertificate, $"“{level.ChineseName()}”没有职业技能等级证书等级代码，不能发证");
        return new CertificateSerialScope(evaluatorType, evaluatorCode, provinceCode, siteCode, issueYear % 100, level);
    }

    /// <summary>The number with the given serial (1–999999) in this scope.</summary>
    public CertificateNumber NumberFor(int serial)
    {
        if (serial == 0)
            throw new DomainException(CertificateNumberErrors.ZeroSerial, "流水号从000001开始，不能为000000");
        if (serial is < 1 or > CertificateNumber.MaxSerial)
            throw new DomainException(CertificateNumberErrors.SerialOutOfRange, $"流水号{serial}超出范围，应为000001–999999");
        return new CertificateNumber(this, serial);
    }

    public bool Equals(CertificateSerialScope? other) => other is not null && other.Prefix == Prefix;

    public override bool Equals(object? obj) => Equals(obj as CertificateSerialScope);

    public override int GetHashCode() => Prefix.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Prefix;

    private static void RequireDigits(string? value, int length, string code, string label)
    {
        if (value is null || value.Length != length || !value.All(char.IsAsciiDigit))
            throw new DomainException(code, $"{label}应为{length}位数字，实际为“{value}”");
    }
}
