using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Which achievement records count. Every set criterion must hold; a record lacking an attribute a criterion needs
/// does not match. Bounds are inclusive: "前三名" is MaxRank 3, "第四名至第十名" MinRank 4 MaxRank 10,
/// "三等奖（含）以上" MaxGrade 3, "省级以上" MinLevel Provincial.
/// Honours match by meaning: <see cref="Families"/> by the family the honour vocabulary gave the record at import
/// (全国技术能手 is a 技术能手), <see cref="Titles"/> by the canonical title (山东省首席技师 is 齐鲁首席技师); a record never
/// resolved counts when its title is the family's or title's own spelling.
/// </summary>
public sealed record RecordFilter
{
    public IReadOnlyList<AchievementKind> Kinds { get; init; } = [];
    public AchievementLevel? MinLevel { get; init; }
    public int? MinRank { get; init; }
    public int? MaxRank { get; init; }
    public int? MaxGrade { get; init; }
    public IReadOnlyList<string> Classes { get; init; } = [];
    public IReadOnlyList<string> Titles { get; init; } = [];
    /// <summary>Honour families (技术能手, 劳动模范, 工匠 …); with <see cref="MinLevel"/>, "省级以上技术能手".</summary>
    public IReadOnlyList<string> Families { get; init; } = [];
    public IReadOnlyList<string> JournalClasses { get; init; } = [];
    public int? SinceYear { get; init; }
    /// <summary>Only records dated on or after the day the current level was obtained (任现职间, 取得技师证书以来).</summary>
    public bool SinceLevelObtained { get; init; }
    /// <summary>Only records of the last N years, the scheme's evaluation year included.</summary>
    public int? WithinYears { get; init; }
    public bool MainContributorOnly { get; init; }

    public bool Matches(AchievementRecord r, ApplicantFacts facts, int evaluationYear)
    {
        if (Kinds.Count > 0 && !Kinds.Contains(r.Kind)) return false;
        if (MinLevel is { } minLevel && (r.Level is not { } level || level < minLevel)) return false;
        if (MinRank is { } minRank && (r.Rank is not { } rank1 || rank1 < minRank)) return false;
        if (MaxRank is { } maxRank && (r.Rank is not { } rank2 || rank2 > maxRank)) return false;
        if (MaxGrade is { } maxGrade && (r.Grade is not { } grade || grade > maxGrade)) return false;
        if (Classes.Count > 0 && (r.Class is null || !Classes.Contains(r.Class))) return false;
        if (Titles.Count > 0 && !In(Titles, r.HonourTitle) && !In(Titles, r.Title?.Trim())) return false;
        if (Families.Count > 0 && !In(Families, r.HonourFamily ?? r.Title?.Trim())) return false;
        if (JournalClasses.Count > 0 && (r.JournalClass is null || !JournalClasses.Contains(r.JournalClass))) return false;
        if (MainContributorOnly && r.MainContributor != true) return false;
        if (SinceYear is { } since && (r.EffectiveYear is not { } y1 || y1 < since)) return false;
        if (WithinYears is { } within && (r.EffectiveYear is not { } y2 || y2 <= evaluationYear - within)) return false;
        if (SinceLevelObtained)
        {
            if (facts.LevelHeldSince is not { } obtained) return false;
            var recordDay = r.Date ?? (r.Year is { } y ? new DateOnly(y, 12, 31) : (DateOnly?)null);
            if (recordDay is not { } day || day < obtained) return false;
        }
        return true;
    }

    private static bool In(IReadOnlyList<string> list, string? value) => value is not null && list.Contains(value);
}
