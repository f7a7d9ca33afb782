using System.Globalization;
using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Roster;
using C = Enterprise.Eval.Application.Roster.RosterColumns;

namespace Enterprise.Eval.Application.Roster;

/// <summary>Validates one roster row field by field; every problem is reported, not just the first.</summary>
internal sealed partial class RosterRowReader(int row, Func<string, string?> field, List<ImportError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy年M月d日", "yyyyMMdd", "yyyy.M.d"];
    private const int MaxFieldLength = 200;

    public EmployeeRecord? Read()
    {
        var before = errors.Count;
        var number = Required(C.EmployeeNumber);
        var name = Required(C.Name);
        var idText = Required(C.IdNumber);
        var department = Required(C.Department);
        var occupationCode = Required(C.OccupationCode);
        var occupationName = Required(C.OccupationName);
        var levelText = Required(C.SkillLevel);

        ResidentIdNumber? id = null;
        if (idText is not null)
        {
            if (ResidentIdNumber.TryParse(idText, out var parsed, out var idError)) id = parsed;
            else Error(C.IdNumber, idError!.Value.Code, idError.Value.Message);
        }
        if (id is { } known)
        {
            var gender = Optional(C.Gender);
            if (gender is not null && gender != (known.Gender == Gender.Male ? "男" : "女"))
                Error(C.Gender, "EVAL-ROSTER-005", $"性别“{gender}”与身份证号（{(known.Gender == Gender.Male ? "男" : "女")}）不一致");
            var birth = Date(C.BirthDate);
            if (birth is not null && birth != known.BirthDate)
                Error(C.BirthDate, "EVAL-ROSTER-006", $"出生日期{birth:yyyy-MM-dd}与身份证号中的{known.BirthDate:yyyy-MM-dd}不一致");
        }
        if (occupationCode is not null && !OccupationCodePattern().IsMatch(occupationCode))
            Error(C.OccupationCode, "EVAL-ROSTER-009", $"职业编码“{occupationCode}”格式应为 6-18-01-01（大典2022）");
        var level = SkillLevel.None;
        if (levelText is not null && !SkillLevels.TryParse(levelText, out level))
            Error(C.SkillLevel, "EVAL-ROSTER-008", $"技能等级“{levelText}”无法识别，应为：无、初级工、中级工、高级工、技师、高级技师、特级技师");

        var education = Normalised(C.Education, EducationLevels.TryNormalise, "EVAL-ROSTER-010", string.Join("、", EducationLevels.Ordered));
        var titleRank = Normalised(C.TitleRank, TitleRanks.TryNormalise, "EVAL-ROSTER-011", string.Join("、", TitleRanks.Ordered));
        var email = Optional(C.Email);
        if (email is not null && !ContactFormats.IsEmail(email))
            Error(C.Email, "EVAL-ROSTER-012", "电子邮箱格式不正确");
        var mobile = Optional(C.Mobile);
        if (mobile is not null && !ContactFormats.IsMobile(mobile))
            Error(C.Mobile, "EVAL-ROSTER-013", "手机号应为以1开头的11位数字");

        var record = new EmployeeRecord(
            number ?? "", name ?? "", id?.Value ?? "", department ?? "", occupationCode ?? "", occupationName ?? "",
            Optional(C.WorkType), level, Date(C.SkillLevelObtainedOn), Date(C.PostStartedOn), Date(C.WorkStartedOn),
            education, Optional(C.TitleName), titleRank, email, mobile, Optional(C.LineManagerNumber));
        return errors.Count == before ? record : null;
    }

    private string? Required(string column)
    {
        var value = Optional(column);
        if (value is null) Error(column, "EVAL-ROSTER-002", $"“{column}”为必填项，不能为空");
        return value;
    }

    private string? Optional(string column)
    {
        var value = field(column)?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Length > MaxFieldLength)
        {
            Error(column, "EVAL-ROSTER-018", $"“{column}”过长（{value.Length}个字符，最多{MaxFieldLength}个）");
            return null;
        }
        if (value.Any(char.IsControl))
        {
            Error(column, "EVAL-ROSTER-022", $"“{column}”含有不可见的控制字符（如 NUL、制表符），请清理后重新导出");
            return null;
        }
        // A leading = + - @ is executed as a formula when the value is later exported and opened in a spreadsheet
        // (CSV injection). A lone "-" is a common "none" placeholder and stays harmless.
        if (value[0] is '=' or '+' or '@' || (value[0] == '-' && value.Length > 1))
        {
            Error(column, "EVAL-ROSTER-021", $"“{column}”以“{value[0]}”开头，会被电子表格当作公式执行，请删除该字符");
            return null;
        }
        return value;
    }

    private DateOnly? Date(string column)
    {
        var text = Optional(column);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(column, "EVAL-ROSTER-007", $"“{column}”的值“{text}”不是有效日期，应写作 2026-03-02");
        return null;
    }

    private delegate bool Normaliser(string? text, out string value);

    private string? Normalised(string column, Normaliser normalise, string code, string allowed)
    {
        var text = Optional(column);
        if (text is null) return null;
        if (normalise(text, out var value)) return value;
        Error(column, code, $"“{column}”的值“{text}”无法识别，可选：{allowed}");
        return null;
    }

    private void Error(string column, string code, string message) => errors.Add(new ImportError(row, column, code, message));

    [GeneratedRegex(@"^\d-\d{2}-\d{2}-\d{2}$")]
    private static partial Regex OccupationCodePattern();

}
