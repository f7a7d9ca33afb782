using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Levels;

/// <summary>Chinese names and certificate level codes of the ladder (domain.md §1).</summary>
public static class SkillLevels
{
    private static readonly (SkillLevel Level, string Name, char? Code, string[] Aliases)[] Table =
    [
        (SkillLevel.None, "无", null, ["无等级", ""]),
        (SkillLevel.Apprentice, "学徒工", null, []),
        (SkillLevel.Primary, "初级工", '5', ["五级", "五级/初级工"]),
        (SkillLevel.Intermediate, "中级工", '4', ["四级", "四级/中级工"]),
        (SkillLevel.Senior, "高级工", '3', ["三级", "三级/高级工"]),
        (SkillLevel.Technician, "技师", '2', ["二级", "二级/技师"]),
        (SkillLevel.SeniorTechnician, "高级技师", '1', ["一级", "一级/高级技师"]),
        (SkillLevel.GrandTechnician, "特级技师", 'T', []),
        (SkillLevel.ChiefTechnician, "首席技师", null, []),
    ];

    public static string ChineseName(this SkillLevel level) => Find(level).Name;

    /// <summary>Position 16 of a certificate number, or null where the level has no certificate.</summary>
    public static char? CertificateCode(this SkillLevel level) => Find(level).Code;

    public static SkillLevel? FromCertificateCode(char code)
    {
        foreach (var row in Table)
            if (row.Code == code) return row.Level;
        return null;
    }

    /// <summary>Parses a Chinese name (高级技师, 一级) or the enum name (SeniorTechnician).</summary>
    public static bool TryParse(string? text, out SkillLevel level)
    {
        var t = (text ?? "").Trim();
        foreach (var row in Table)
        {
            if (t == row.Name || row.Aliases.Contains(t) || string.Equals(t, row.Level.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                level = row.Level;
                return true;
            }
        }
        level = SkillLevel.None;
        return false;
    }

    public static SkillLevel Parse(string text) =>
        TryParse(text, out var level)
            ? level
            : throw new DomainException("EVAL-LEVEL-001", $"技能等级“{text}”无法识别，应为：初级工、中级工、高级工、技师、高级技师、特级技师或首席技师");

    private static (SkillLevel Level, string Name, char? Code, string[] Aliases) Find(SkillLevel level) =>
        Array.Find(Table, r => r.Level == level);
}
