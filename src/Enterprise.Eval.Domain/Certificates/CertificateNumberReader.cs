using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// Checks a 22-character string position by position (domain.md §2) and collects every problem, so that a user
/// who mistyped two segments learns about both at once.
/// </summary>
internal static class CertificateNumberReader
{
    public static CertificateNumberParseResult Read(string? text)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
            return Fail(new CertificateNumberProblem(CertificateNumberErrors.Empty, 1, CertificateNumber.Length, "证书编号为空，应为22位职业技能等级证书编号"));

        if (value.Length != CertificateNumber.Length)
            return Fail(LengthProblem(value));

        var problems = new List<CertificateNumberProblem>();
        CheckEvaluatorType(value[0], problems);
        CheckDigits(value, 2, 5, CertificateNumberErrors.BadEvaluatorCode, "评价机构代码", problems);
        CheckProvince(value.Substring(5, 2), problems);
        CheckDigits(value, 8, 13, CertificateNumberErrors.BadSiteCode, "评价机构（站点）序列码", problems);
        CheckDigits(value, 14, 15, CertificateNumberErrors.BadIssueYear, "发证年份", problems);
        var level = CheckLevel(value[15], problems);
        CheckSerial(value.Substring(16, 6), problems);

        if (problems.Count > 0) return Fail([.. problems]);

        var scope = new CertificateSerialScope(
            (EvaluatorType)value[0],
            value.Substring(1, 4),
            value.Substring(5, 2),
            value.Substring(7, 6),
            int.Parse(value.AsSpan(13, 2)),
            level!.Value);
        return CertificateNumberParseResult.Valid(new CertificateNumber(scope, int.Parse(value.AsSpan(16, 6))));
    }

    private static CertificateNumberProblem LengthProblem(string value)
    {
        if (value.Length == 16 && value.All(char.IsAsciiDigit))
            return new(CertificateNumberErrors.LegacyQualificationNumber, 1, 16,
                "这是16位旧版职业资格证书编号，不是22位职业技能等级证书编号；两者的省份代码表不同，不能按本规则核验");
        var hint = value.Any(c => c is >= '\uFF01' and <= '\uFF5E') ? "（含全角字符，请改为半角）" :
            value.Any(char.IsWhiteSpace) ? "（含空格）" : "";
        return new(CertificateNumberErrors.WrongLength, 1, value.Length,
            $"证书编号应为22位，实际为{value.Length}位{hint}");
    }

    private static void CheckEvaluatorType(char c, List<CertificateNumberProblem> problems)
    {
        if (c is 'Y' or 'S') return;
        var detail = c is 'y' or 's' ? "，须为大写字母" : "";
        problems.Add(new(CertificateNumberErrors.BadEvaluatorType, 1, 1,
            $"第1位评价机构类型应为Y（用人单位）或S（社会培训评价组织），实际为“{c}”{detail}"));
    }

    private static void CheckDigits(string value, int first, int last, string code, string label, List<CertificateNumberProblem> problems)
    {
        var segment = value.Substring(first - 1, last - first + 1);
        if (segment.All(char.IsAsciiDigit)) return;
        problems.Add(new(code, first, last, $"第{first}–{last}位{label}应为{segment.Length}位数字，实际为“{segment}”"));
    }

    private static void CheckProvince(string segment, List<CertificateNumberProblem> problems)
    {
        if (!segment.All(char.IsAsciiDigit))
            problems.Add(new(CertificateNumberErrors.NonDigitProvinceCode, 6, 7, $"第6–7位省份代码应为2位数字，实际为“{segment}”"));
        else if (!ProvinceCodes.IsKnown(segment))
            problems.Add(new(CertificateNumberErrors.UnknownProvinceCode, 6, 7,
                $"第6–7位省份代码“{segment}”不是GB/T 2260中的省级行政区划代码（如32江苏、37山东）"));
    }

    private static SkillLevel? CheckLevel(char c, List<CertificateNumberProblem> problems)
    {
        if (c == 't')
        {
            problems.Add(new(CertificateNumberErrors.LowercaseLevelCode, 16, 16, "第16位等级代码为小写“t”，特级技师应为大写字母“T”"));
            return null;
        }
        var level = SkillLevels.FromCertificateCode(c);
        if (level is null)
            problems.Add(new(CertificateNumberErrors.UnknownLevelCode, 16, 16,
                $"第16位等级代码应为1–5或T（特级技师），实际为“{c}”"));
        return level;
    }

    private static void CheckSerial(string segment, List<CertificateNumberProblem> problems)
    {
        if (!segment.All(char.IsAsciiDigit))
            problems.Add(new(CertificateNumberErrors.NonDigitSerial, 17, 22, $"第17–22位流水号应为6位数字，实际为“{segment}”"));
        else if (segment == "000000")
            problems.Add(new(CertificateNumberErrors.ZeroSerial, 17, 22, "第17–22位流水号从000001开始，不能为000000"));
    }

    private static CertificateNumberParseResult Fail(params CertificateNumberProblem[] problems) =>
        CertificateNumberParseResult.Invalid(problems);
}
