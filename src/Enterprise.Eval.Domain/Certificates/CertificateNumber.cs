using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// A 职业技能等级证书编码 of 22 characters (domain.md §2): evaluator type, evaluator code, province code, site sequence
/// code, issue year, level code and serial. Cannot exist in an invalid state: build it with <see cref="Create"/> or
/// read it with <see cref="Parse"/>. Not to be confused with the older 16-digit 职业资格证书 numbers.
/// </summary>
public sealed class CertificateNumber : IEquatable<CertificateNumber>
{
    public const int Length = 22;

    /// <summary>Evaluator code of evaluators first registered with a province rather than the ministry.</summary>
    public const string ProvinceRegisteredEvaluatorCode = "0000";

    public const int MaxSerial = 999_999;

    internal CertificateNumber(CertificateSerialScope scope, int serial)
    {
        Scope = scope;
        Serial = serial;
        Value = $"{scope.Prefix}{serial:000000}";
    }

    /// <summary>The evaluator site, year and level within which the serial counts (the first 16 characters).</summary>
    public CertificateSerialScope Scope { get; }

    public EvaluatorType EvaluatorType => Scope.EvaluatorType;

    /// <summary>Positions 2–5; <see cref="ProvinceRegisteredEvaluatorCode"/> when first registered with a province.</summary>
    public string EvaluatorCode => Scope.EvaluatorCode;

    /// <summary>Positions 6–7: the first two digits of GB/T 2260.</summary>
    public string ProvinceCode => Scope.ProvinceCode;

    /// <summary>Positions 8–13: the evaluator (site) sequence code set by the province.</summary>
    public string SiteCode => Scope.SiteCode;

    /// <summary>Positions 14–15: the last two digits of the issue year (0–99).</summary>
    public int IssueYear => Scope.IssueYear;

    /// <summary>Position 16.</summary>
    public SkillLevel Level => Scope.Level;

    /// <summary>Positions 17–22: 1–999999 in issue order within <see cref="Scope"/>.</summary>
    public int Serial { get; }

    public string Value { get; }

    public bool IsProvinceRegistered => EvaluatorCode == ProvinceRegisteredEvaluatorCode;

    /// <summary>Builds a number from its parts; a part that breaks the format throws with the same code parsing would give.</summary>
    /// <param name="issueYear">The full calendar year of issue (2000–2099).</param>
    public static CertificateNumber Create(EvaluatorType evaluatorType, string evaluatorCode, string provinceCode,
        string siteCode, int issueYear, SkillLevel level, int serial) =>
        CertificateSerialScope.Create(evaluatorType, evaluatorCode, provinceCode, siteCode, issueYear, level).NumberFor(serial);

    /// <summary>Reads any text; whitespace around it is ignored. Returns the number or every problem found.</summary>
    public static CertificateNumberParseResult Parse(string? text) => CertificateNumberReader.Read(text);

    /// <summary>For trusted stored values: throws <see cref="DomainException"/> with the first problem's code.</summary>
    public static CertificateNumber FromString(string text)
    {
        var result = Parse(text);
        if (result.Number is not null) return result.Number;
        var first = result.Problems[0];
        throw new DomainException(first.Code, string.Join("；", result.Problems.Select(p => p.Message)));
    }

    /// <summary>Each segment with its meaning in Chinese, in position order.</summary>
    public IReadOnlyList<CertificateNumberPart> Explain() =>
    [
        new(1, 1, "评价机构类型", ((char)EvaluatorType).ToString(),
            EvaluatorType == EvaluatorType.Employer ? "用人单位" : "社会培训评价组织"),
        new(2, 5, "评价机构代码", EvaluatorCode,
            IsProvinceRegistered ? "在省级人社部门首次备案的评价机构（固定为0000）" : "在人社部首次备案的评价机构代码"),
        new(6, 7, "省份代码", ProvinceCode, ProvinceCodes.NameOf(ProvinceCode)!),
        new(8, 13, "评价机构（站点）序列码", SiteCode, "由缴纳社会保险所在省份赋予"),
        new(14, 15, "发证年份", IssueYear.ToString("00"), $"{2000 + IssueYear}年"),
        new(16, 16, "等级代码", Level.CertificateCode().ToString()!, Level.ChineseName()),
        new(17, 22, "流水号", Serial.ToString("000000"), $"同一评价机构站点、年份和等级内按发证顺序的第{Serial}号"),
    ];

    public bool Equals(CertificateNumber? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as CertificateNumber);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;

    public static bool operator ==(CertificateNumber? left, CertificateNumber? right) => Equals(left, right);

    public static bool operator !=(CertificateNumber? left, CertificateNumber? right) => !Equals(left, right);
}
