namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>
/// One achievement HR recorded for an applicant. Only the attributes the record has are set: a competition has a
/// level, class (一类) and rank; an award a level and grade (1 = 一等奖); an honour a title name (全国技术能手);
/// a paper a journal class (CN); an economic benefit an amount in 万元 a year.
/// </summary>
public sealed record AchievementRecord
{
    public required AchievementKind Kind { get; init; }
    public int? Year { get; init; }
    public DateOnly? Date { get; init; }
    public AchievementLevel? Level { get; init; }
    public string? Class { get; init; }
    public int? Rank { get; init; }
    public int? Grade { get; init; }
    public string? Title { get; init; }
    public string? JournalClass { get; init; }
    public decimal? AmountWanYuan { get; init; }
    /// <summary>主要完成者; null where the record does not say.</summary>
    public bool? MainContributor { get; init; }
    /// <summary>The honour family the vocabulary put the title in (技术能手 for 全国技术能手); null when not resolved.</summary>
    public string? HonourFamily { get; init; }
    /// <summary>The title's canonical spelling in the vocabulary (山东省首席技师 → 齐鲁首席技师); null when not resolved.</summary>
    public string? HonourTitle { get; init; }

    public int? EffectiveYear => Date?.Year ?? Year;
}
