using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Screening;

/// <summary>
/// Generates HR's statements for a generated roster, the same for the same seed, mixed so that every verdict kind
/// occurs: most people attested and still in the trade, some not yet attested, a few banned, a few with honours the
/// 江苏 template counts as priority.
/// </summary>
internal static class HrStatementGenerator
{
    private static readonly AchievementRecord[] Honours =
    [
        new() { Kind = AchievementKind.Honour, Title = "全国技术能手", Level = AchievementLevel.National, Year = 2021 },
        new() { Kind = AchievementKind.Honour, Title = "江苏工匠", Level = AchievementLevel.Provincial, Year = 2023 },
        new() { Kind = AchievementKind.Honour, Title = "劳动模范", Level = AchievementLevel.Municipal, Year = 2019 },
        new() { Kind = AchievementKind.Honour, Title = "五一劳动奖章", Level = AchievementLevel.Provincial, Year = 2024 },
        new() { Kind = AchievementKind.Competition, Title = "全国职业技能大赛", Level = AchievementLevel.National, Rank = 1, Year = 2022 },
        new() { Kind = AchievementKind.Competition, Title = "全国职业技能大赛", Level = AchievementLevel.National, Rank = 6, Year = 2020 },
        new() { Kind = AchievementKind.Patent, Title = "一种夹具", Year = 2022 },
    ];

    private static readonly string[] TitleFields = ["机械工程", "电气工程", "焊接技术与工程"];

    public static Dictionary<string, HrStatement> Generate(IReadOnlyList<EmployeeRecord> roster, int seed = 20261122)
    {
        var random = new Random(seed);
        var statements = new Dictionary<string, HrStatement>(roster.Count, StringComparer.Ordinal);
        foreach (var employee in roster)
        {
            var attestations = new Dictionary<string, Attestation>(StringComparer.Ordinal);
            if (random.Next(10) < 8) attestations["ethics"] = new Attestation(random.Next(50) > 0, "经车间和工会考察");
            if (employee.TitleRank is "正高级" or "副高级" && random.Next(2) == 0)
                attestations["title-field-matches"] = new Attestation(true, "职称专业与参评职业相应");
            var achievements = random.Next(100) < 8
                ? Enumerable.Range(0, random.Next(1, 4)).Select(_ => Honours[random.Next(Honours.Length)]).ToList()
                : [];
            var appraisals = new Dictionary<int, AppraisalGrade>
            {
                [2023] = AppraisalGrade.Passed, [2024] = random.Next(5) == 0 ? AppraisalGrade.Excellent : AppraisalGrade.Passed, [2025] = AppraisalGrade.Passed,
            };
            var records = new EmployeeFactRecords(employee.EmployeeNumber, appraisals, new Dictionary<int, bool> { [2025] = true }, achievements);
            IReadOnlyList<MisconductBan> bans = random.Next(200) == 0 ? [MisconductBan.ForYears(new DateOnly(2023, 3, 1), 5, "2023年评审中弄虚作假")] : [];
            statements[employee.EmployeeNumber] = new HrStatement(
                records, random.Next(20) == 0 ? false : random.Next(20) == 0 ? null : true, bans, attestations,
                employee.TitleRank is "无" ? null : TitleFields[random.Next(TitleFields.Length)]);
        }
        return statements;
    }
}
