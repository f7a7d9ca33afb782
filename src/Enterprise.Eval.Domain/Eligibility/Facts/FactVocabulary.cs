namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>
/// The Chinese words (and English codes) for the achievement and appraisal scales (title ranks and education use
/// the roster's <see cref="People.TitleRanks"/> and <see cref="People.EducationLevels"/>), shared by the scheme parser, the facts importer and
/// the sentences of traces, so each word is defined once.
/// </summary>
public static class FactVocabulary
{
    private static readonly (AppraisalGrade Value, string Name, string[] Aliases)[] Grades =
    [
        (AppraisalGrade.Failed, "不合格", ["不称职", "failed"]),
        (AppraisalGrade.BasicallyPassed, "基本合格", ["基本称职", "basically-passed"]),
        (AppraisalGrade.Passed, "合格", ["称职", "passed"]),
        (AppraisalGrade.Excellent, "优秀", ["excellent"]),
    ];

    private static readonly (AchievementKind Value, string Name, string[] Aliases)[] Kinds =
    [
        (AchievementKind.Paper, "论文", ["paper"]),
        (AchievementKind.Competition, "竞赛", ["技能竞赛", "competition"]),
        (AchievementKind.Honour, "荣誉", ["荣誉称号", "honour"]),
        (AchievementKind.Award, "奖项", ["科技成果奖", "award"]),
        (AchievementKind.Patent, "专利", ["patent"]),
        (AchievementKind.EconomicBenefit, "经济效益", ["economic-benefit"]),
        (AchievementKind.TraineeResult, "带徒成果", ["trainee-result"]),
        (AchievementKind.Standard, "标准", ["标准规范", "standard"]),
        (AchievementKind.RecommendationLetter, "推荐信", ["专家推荐", "recommendation-letter"]),
        (AchievementKind.WorkSummary, "技能工作总结", ["work-summary"]),
    ];

    private static readonly (AchievementLevel Value, string Name, string[] Aliases)[] Levels =
    [
        (AchievementLevel.Enterprise, "企业级", ["企业", "enterprise"]),
        (AchievementLevel.County, "县级", ["县", "county"]),
        (AchievementLevel.Municipal, "市级", ["市", "municipal"]),
        (AchievementLevel.Provincial, "省级", ["省", "省部级", "provincial"]),
        (AchievementLevel.National, "国家级", ["全国", "国家", "national"]),
    ];

    public static string Name(this AppraisalGrade v) => Find(Grades, v);
    public static string Name(this AchievementKind v) => Find(Kinds, v);
    public static string Name(this AchievementLevel v) => Find(Levels, v);

    public static bool TryParse(string? text, out AppraisalGrade value) => TryParse(Grades, text, out value);
    public static bool TryParse(string? text, out AchievementKind value) => TryParse(Kinds, text, out value);
    public static bool TryParse(string? text, out AchievementLevel value) => TryParse(Levels, text, out value);

    public static string Names<T>() where T : struct, Enum => typeof(T) switch
    {
        var t when t == typeof(AppraisalGrade) => string.Join("、", Grades.Select(r => r.Name)),
        var t when t == typeof(AchievementKind) => string.Join("、", Kinds.Select(r => r.Name)),
        var t when t == typeof(AchievementLevel) => string.Join("、", Levels.Select(r => r.Name)),
        _ => "",
    };

    private static string Find<T>((T Value, string Name, string[] Aliases)[] table, T value) where T : struct, Enum =>
        Array.Find(table, r => EqualityComparer<T>.Default.Equals(r.Value, value)).Name ?? value.ToString();

    private static bool TryParse<T>((T Value, string Name, string[] Aliases)[] table, string? text, out T value) where T : struct, Enum
    {
        var t = (text ?? "").Trim();
        foreach (var row in table)
        {
            if (t == row.Name || row.Aliases.Contains(t, StringComparer.OrdinalIgnoreCase)
                || string.Equals(t, row.Value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = row.Value;
                return true;
            }
        }
        value = default;
        return false;
    }
}
