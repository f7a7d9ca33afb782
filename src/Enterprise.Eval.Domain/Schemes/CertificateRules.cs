using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// The scheme's `certificate` section (issue 19 point 2): who issues the certificate, and for an authority-issued one
/// who it is, what the certificate is called, whom the unit sends its recommendation to, the name of the authority's
/// decision step, and how the number the authority gives is checked (a pattern where its format is known, else free
/// text no longer than <see cref="NumberMaxLength"/>).
/// </summary>
public sealed record CertificateRules
{
    /// <summary>The enterprise issues the 职业技能等级证书; the format's reading when a scheme has no `certificate`.</summary>
    public static CertificateRules Enterprise { get; } = new() { Issuer = CertificateIssuerKind.Enterprise };

    public required CertificateIssuerKind Issuer { get; init; }

    /// <summary>The issuing authority, e.g. 福建省人力资源和社会保障厅; null for the enterprise.</summary>
    public string? Authority { get; init; }

    /// <summary>The certificate's name, e.g. 机关事业单位高级技师证书; null: 职业技能等级证书.</summary>
    public string? CertificateName { get; init; }

    /// <summary>Whom the unit sends (报送) its confirmed list to, e.g. 福建省机关事业单位工勤人员考核中心; null: the authority.</summary>
    public string? SubmitTo { get; init; }

    /// <summary>The authority's decision as its seed names it, e.g. 省人社厅研究确认; null: 认定.</summary>
    public string? Decision { get; init; }

    /// <summary>A regular expression the authority's number must match in full, where its format is known.</summary>
    public string? NumberPattern { get; init; }

    public int NumberMaxLength { get; init; } = 64;

    public string? Source { get; init; }

    public bool IsAuthority => Issuer == CertificateIssuerKind.Authority;

    public string CertificateTitle => CertificateName ?? "职业技能等级证书";

    public string SubmitTarget => SubmitTo ?? Authority ?? "认定部门";

    public string DecisionName => Decision ?? $"{Authority ?? "认定部门"}认定";

    /// <summary>The problem with a number the authority gave (Chinese), or null when it is acceptable.</summary>
    public string? NumberProblem(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return "请填写认定部门颁发的证书编号";
        var trimmed = number.Trim();
        if (trimmed.Length > NumberMaxLength) return $"证书编号“{trimmed}”长{trimmed.Length}个字符，方案规定不超过{NumberMaxLength}个字符";
        if (trimmed.Any(char.IsControl)) return "证书编号含有控制字符";
        if (NumberPattern is { } pattern && !Regex.IsMatch(trimmed, $"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            return $"证书编号“{trimmed}”不符合《{CertificateTitle}》的编号格式（方案规定：{pattern}）";
        return null;
    }
}
