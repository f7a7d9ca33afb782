using System.Globalization;
using System.Text;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Roster;

/// <summary>
/// Generates a valid roster of any size, the same for the same seed: unique employee numbers and ID numbers, gender
/// and birth date agreeing with the ID, dates in a plausible order, values on the product's scales. A generated file
/// must import without a single error, or the benchmark would time the error path.
/// </summary>
internal static class RosterGenerator
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly string[] Areas = ["320102", "320205", "320506", "320602", "330302", "350102", "370102", "371602"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
    private static readonly string[] GivenParts = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "建", "国", "春", "梅", "晓", "东", "玉", "珍", "海", "波"];
    private static readonly string[] Departments = ["装配车间", "焊接车间", "机加工车间", "热处理车间", "涂装车间", "质量部", "设备动力部", "工艺部"];
    private static readonly (string Code, string Name, string WorkType)[] Occupations =
    [
        ("6-18-01-01", "车工", "车工"), ("6-18-01-02", "铣工", "铣工"), ("6-20-03-01", "钳工", "装配钳工"),
        ("6-31-01-03", "电工", "维修电工"), ("6-18-02-04", "焊工", "电焊工"), ("6-30-99-00", "工程机械维修工", "工程机械维修工"),
    ];
    private static readonly (SkillLevel Level, int Percent)[] Levels =
    [
        (SkillLevel.None, 5), (SkillLevel.Primary, 10), (SkillLevel.Intermediate, 25), (SkillLevel.Senior, 30),
        (SkillLevel.Technician, 15), (SkillLevel.SeniorTechnician, 15),
    ];
    private static readonly string[] Educations = ["初中及以下", "高中", "中专", "技工学校", "大专", "本科", "硕士研究生"];
    private static readonly (string? Title, string Rank, int Percent)[] Titles =
    [
        (null, "无", 70), ("助理工程师", "初级", 15), ("工程师", "中级", 10), ("高级工程师", "副高级", 4), ("正高级工程师", "正高级", 1),
    ];

    public static GeneratedRoster Generate(int rows, int seed = 20261121)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        var random = new Random(seed);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<EmployeeRecord>(rows);
        for (var i = 0; i < rows; i++) records.Add(Next(random, i, ids));
        return new GeneratedRoster(records, ToCsv(records));
    }

    private static EmployeeRecord Next(Random random, int index, HashSet<string> ids)
    {
        var number = $"E{index + 1:D6}";
        var birth = new DateOnly(1966, 1, 1).AddDays(random.Next(0, 36 * 365));
        string id;
        do id = ResidentIdFactory.Create(Pick(random, Areas), birth, random.Next(0, 1000));
        while (!ids.Add(id));
        var name = Pick(random, Surnames) + Pick(random, GivenParts) + (random.Next(3) == 0 ? "" : Pick(random, GivenParts));
        var workStarted = new DateOnly(birth.Year + random.Next(18, 23), random.Next(6, 10), 1);
        var level = Weighted(random, Levels, l => l.Percent).Level;
        DateOnly? obtained = level == SkillLevel.None ? null : Between(random, workStarted.AddYears(2), Today.AddDays(-30));
        DateOnly? post = obtained is { } o ? Min(o.AddDays(random.Next(0, 60)), Today.AddDays(-1)) : null;
        var (occupationCode, occupationName, workType) = Pick(random, Occupations);
        var (title, rank, _) = Weighted(random, Titles, t => t.Percent);
        var manager = index > 0 && random.Next(4) == 0 ? $"E{random.Next(1, index + 1):D6}" : null;
        return new EmployeeRecord(
            number, name, id, Pick(random, Departments), occupationCode, occupationName, workType, level, obtained, post,
            workStarted, Pick(random, Educations), title, rank, $"{number.ToLowerInvariant()}@example.com",
            $"1{random.Next(3, 10)}{random.Next(0, 1_000_000_000):D9}", manager);
    }

    /// <summary>The roster file HR would upload for these records (UTF-8 with BOM, every column).</summary>
    internal static byte[] ToCsv(IReadOnlyList<EmployeeRecord> records)
    {
        // Every value is free of commas, quotes and line breaks, so plain joining writes valid CSV.
        var text = new StringBuilder(records.Count * 160);
        text.Append(string.Join(",", RosterColumns.All)).Append("\r\n");
        foreach (var r in records)
        {
            var id = r.IdNumber;
            var male = (id[16] - '0') % 2 == 1;
            text.AppendJoin(",",
                r.EmployeeNumber, r.Name, id, male ? "男" : "女", $"{id[6..10]}-{id[10..12]}-{id[12..14]}", r.Department,
                r.OccupationCode, r.OccupationName, r.WorkType, r.SkillLevel.ChineseName(), Date(r.SkillLevelObtainedOn),
                Date(r.PostStartedOn), Date(r.WorkStartedOn), r.Education, r.TitleName, r.TitleRank, r.Email, r.Mobile,
                r.LineManagerNumber).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static T Weighted<T>(Random random, T[] items, Func<T, int> percent)
    {
        var roll = random.Next(100);
        foreach (var item in items)
        {
            roll -= percent(item);
            if (roll < 0) return item;
        }
        return items[^1];
    }

    private static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        from >= to ? to : from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
