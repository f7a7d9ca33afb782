namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>The Chinese names of facts, as verdicts list them when missing.</summary>
public static class FactNames
{
    public const string LevelHeld = "持有技能等级";
    public const string LevelHeldSince = "等级取得日期";
    public const string LevelOccupation = "等级证书职业";
    public const string PostStartedOn = "现岗位起始日期";
    public const string StillInOccupation = "是否仍从事本职业";
    public const string TitleRank = "职称等级";
    public const string TitleField = "职称专业";
    public const string Education = "学历";
    public const string WorkStartedOn = "参加工作日期";
    public const string BirthDate = "出生日期";
    public const string Gender = "性别";
    public const string Achievements = "业绩记录";
    public const string Bans = "失信禁入记录";

    public static string Appraisal(int year) => $"{year}年度考核";

    public static string ContinuingEducation(int year) => $"{year}年继续教育";
}
