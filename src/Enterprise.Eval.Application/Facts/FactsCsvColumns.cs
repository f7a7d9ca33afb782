namespace Enterprise.Eval.Application.Facts;

/// <summary>Column headers of the facts CSV (one row per appraisal, course, honour, competition, award, patent, paper …).</summary>
public static class FactsCsvColumns
{
    public const string EmployeeNumber = "工号";
    public const string Category = "类别";
    public const string Year = "年份";
    public const string Date = "日期";
    public const string Level = "级别";
    public const string Class = "竞赛类别";
    public const string Rank = "名次";
    public const string Grade = "奖项等级";
    public const string Title = "名称";
    public const string JournalClass = "刊物类别";
    public const string Amount = "金额（万元）";
    public const string Result = "结果";
    public const string MainContributor = "主要完成者";

    public static readonly string[] Required = [EmployeeNumber, Category];

    public static readonly string[] All =
        [EmployeeNumber, Category, Year, Date, Level, Class, Rank, Grade, Title, JournalClass, Amount, Result, MainContributor];

    /// <summary>Other spellings HR files use for the same column.</summary>
    public static string[] Aliases(string column) => column switch
    {
        Amount => ["金额(万元)", "金额", "经济效益（万元）"],
        Grade => ["等级", "奖项等次"],
        EmployeeNumber => ["职工编号", "员工编号"],
        _ => [],
    };
}
