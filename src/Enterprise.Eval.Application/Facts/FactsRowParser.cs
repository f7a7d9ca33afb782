using Enterprise.Eval.Application.Roster;
using System.Globalization;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Application.Facts;

/// <summary>Validates one facts CSV row (numbered from 1 under the header); reports every problem of the row.</summary>
internal sealed class FactsRowParser(Func<string, string> field, int row, List<ImportError> errors)
{
    public abstract record Parsed(string EmployeeNumber);
    public sealed record AppraisalRow(string EmployeeNumber, int Year, AppraisalGrade Grade) : Parsed(EmployeeNumber);
    public sealed record CourseRow(string EmployeeNumber, int Year, bool Completed) : Parsed(EmployeeNumber);
    public sealed record AchievementRow(string EmployeeNumber, AchievementRecord Record) : Parsed(EmployeeNumber);

    public Parsed? Parse()
    {
        var employee = field(FactsCsvColumns.EmployeeNumber);
        if (employee.Length == 0) Error(FactsCsvColumns.EmployeeNumber, FactsImportErrorCodes.MissingEmployeeNumber, "工号不能为空");
        var category = field(FactsCsvColumns.Category);
        var year = Year();
        var date = Date();

        switch (category)
        {
            case "年度考核" or "考核":
                var grade = Word<AppraisalGrade>(FactsCsvColumns.Result, FactVocabulary.TryParse, FactVocabulary.Names<AppraisalGrade>());
                if (year is null && date is null) NeedYear();
                var appraisalYear = year ?? date?.Year;
                return employee.Length > 0 && appraisalYear is { } ay && grade is { } g && Clean ? new AppraisalRow(employee, ay, g) : null;
            case "继续教育" or "课程":
                var done = Completion();
                if (year is null && date is null) NeedYear();
                var courseYear = year ?? date?.Year;
                return employee.Length > 0 && courseYear is { } cy && done is { } d && Clean ? new CourseRow(employee, cy, d) : null;
        }

        if (!FactVocabulary.TryParse(category, out AchievementKind kind))
        {
            Error(FactsCsvColumns.Category, FactsImportErrorCodes.UnknownCategory,
                $"类别“{category}”无法识别，应为：年度考核、继续教育、{FactVocabulary.Names<AchievementKind>()}");
            return null;
        }
        if (year is null && date is null) NeedYear();
        var record = new AchievementRecord
        {
            Kind = kind, Year = year ?? date?.Year, Date = date,
            Level = Word<AchievementLevel>(FactsCsvColumns.Level, FactVocabulary.TryParse, FactVocabulary.Names<AchievementLevel>()),
            Class = Optional(FactsCsvColumns.Class),
            Rank = PositiveInt(FactsCsvColumns.Rank, FactsImportErrorCodes.BadRank, "名次应为正整数，如 3"),
            Grade = AwardGrade(),
            Title = Optional(FactsCsvColumns.Title),
            JournalClass = Optional(FactsCsvColumns.JournalClass),
            AmountWanYuan = Amount(kind),
            MainContributor = Flag(),
        };
        return employee.Length > 0 && Clean ? new AchievementRow(employee, record) : null;
    }

    private int _errorsAtStart = errors.Count;

    private bool Clean => errors.Count == _errorsAtStart;

    private void Error(string column, string code, string message) => errors.Add(new ImportError(row, column, code, message));

    private void NeedYear() => Error(FactsCsvColumns.Year, FactsImportErrorCodes.NoYearOrDate, "须填写年份或日期");

    private string? Optional(string column) => field(column) is { Length: > 0 } v ? v : null;

    private int? Year()
    {
        var text = field(FactsCsvColumns.Year);
        if (text.Length == 0) return null;
        if (int.TryParse(text.TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1950 and <= 2100) return y;
        Error(FactsCsvColumns.Year, FactsImportErrorCodes.BadYear, $"年份“{text}”无效，应为四位年份，如 2023");
        return null;
    }

    private DateOnly? Date()
    {
        var text = field(FactsCsvColumns.Date);
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(FactsCsvColumns.Date, FactsImportErrorCodes.BadDate, $"日期“{text}”无效，应写作 2023-05-31");
        return null;
    }

    private T? Word<T>(string column, Schemes.TryParseWord<T> parse, string allowed) where T : struct
    {
        var text = field(column);
        if (text.Length == 0)
        {
            if (column == FactsCsvColumns.Result) Error(column, FactsImportErrorCodes.BadResult, $"须填写结果：{allowed}");
            return null;
        }
        if (parse(text, out var value)) return value;
        var code = column == FactsCsvColumns.Level ? FactsImportErrorCodes.UnknownLevel : FactsImportErrorCodes.BadResult;
        Error(column, code, $"“{text}”无法识别，应为：{allowed}");
        return null;
    }

    private bool? Completion()
    {
        var text = field(FactsCsvColumns.Result);
        switch (text)
        {
            case "完成" or "已完成" or "合格" or "是": return true;
            case "未完成" or "不合格" or "否": return false;
            default:
                Error(FactsCsvColumns.Result, FactsImportErrorCodes.BadResult, $"继续教育结果“{text}”无法识别，应为：完成、未完成");
                return null;
        }
    }

    private int? PositiveInt(string column, string code, string message)
    {
        var text = field(column);
        if (text.Length == 0) return null;
        var trimmed = text.TrimStart('第').TrimEnd('名');
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        Error(column, code, $"“{text}”无效：{message}");
        return null;
    }

    private int? AwardGrade()
    {
        var text = field(FactsCsvColumns.Grade);
        var index = Array.IndexOf(["特等奖", "一等奖", "二等奖", "三等奖", "四等奖"], text);
        if (index >= 1) return index;
        if (index == 0) return 0;
        return PositiveInt(FactsCsvColumns.Grade, FactsImportErrorCodes.BadGrade, "奖项等级应为一等奖、二等奖、三等奖、四等奖或数字 1–4");
    }

    private decimal? Amount(AchievementKind kind)
    {
        var text = field(FactsCsvColumns.Amount);
        if (text.Length == 0)
        {
            if (kind == AchievementKind.EconomicBenefit)
                Error(FactsCsvColumns.Amount, FactsImportErrorCodes.BadAmount, "经济效益须填写金额（万元）");
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0) return amount;
        Error(FactsCsvColumns.Amount, FactsImportErrorCodes.BadAmount, $"金额“{text}”无效，应为以万元计的非负数，如 29.99");
        return null;
    }

    private bool? Flag()
    {
        var text = field(FactsCsvColumns.MainContributor);
        if (YesNoCell.TryRead(text, out var flag)) return flag;
        Error(FactsCsvColumns.MainContributor, FactsImportErrorCodes.BadFlag, $"主要完成者“{text}”应为“是”或“否”");
        return null;
    }
}
