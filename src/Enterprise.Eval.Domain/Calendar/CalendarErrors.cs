using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Calendar;

/// <summary>Named factories for the calendar's broken invariants, so every code appears in one place.</summary>
public static class CalendarErrors
{
    /// <summary>The configuration key under which extra yearly calendar files are listed.</summary>
    public const string ExtraFilesKey = "Calendar:ExtraFiles";

    public const string YearNotCoveredCode = "EVAL-CAL-001";
    public const string InvalidYearDataCode = "EVAL-CAL-002";

    public static DomainException YearNotCovered(int year, IEnumerable<int> covered) => new(
        YearNotCoveredCode,
        $"没有{year}年的法定节假日安排数据，无法按工作日计算日期（不会按仅双休日推算）。" +
        $"现有数据年份：{Describe(covered)}。请按国务院办公厅{year}年放假安排通知编写 {year}.json" +
        $"（格式同内置的 holidays-cn 文件），将其路径加入配置项 {ExtraFilesKey}，然后重新启动服务或重新运行命令，无需重新编译。");

    public static DomainException InvalidYearData(int year, string reason) => new(
        InvalidYearDataCode, $"{year}年的节假日数据无效：{reason}");

    private static string Describe(IEnumerable<int> years)
    {
        var list = years.Order().ToList();
        return list.Count == 0 ? "无" : string.Join("、", list);
    }
}
