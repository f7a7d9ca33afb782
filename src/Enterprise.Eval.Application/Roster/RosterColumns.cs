namespace Enterprise.Eval.Application.Roster;

/// <summary>The roster file's columns, by their Chinese header (documented in the README; sample in samples/).</summary>
public static class RosterColumns
{
    public const string EmployeeNumber = "工号";
    public const string Name = "姓名";
    public const string IdNumber = "身份证号";
    public const string Gender = "性别";
    public const string BirthDate = "出生日期";
    public const string Department = "部门";
    public const string OccupationCode = "职业编码";
    public const string OccupationName = "职业名称";
    public const string WorkType = "工种";
    public const string SkillLevel = "技能等级";
    public const string SkillLevelObtainedOn = "取得等级日期";
    public const string PostStartedOn = "现岗位起始日期";
    public const string WorkStartedOn = "参加工作日期";
    public const string Education = "学历";
    public const string TitleName = "职称";
    public const string TitleRank = "职称级别";
    public const string Email = "电子邮箱";
    public const string Mobile = "手机号";
    public const string LineManagerNumber = "直接上级工号";

    public static readonly string[] Required = [EmployeeNumber, Name, IdNumber, Department, OccupationCode, OccupationName, SkillLevel];

    public static readonly string[] All =
    [
        EmployeeNumber, Name, IdNumber, Gender, BirthDate, Department, OccupationCode, OccupationName, WorkType, SkillLevel,
        SkillLevelObtainedOn, PostStartedOn, WorkStartedOn, Education, TitleName, TitleRank, Email, Mobile, LineManagerNumber,
    ];
}
