using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Worker.Api;

/// <summary>An achievement record in the facts CSV's words: kind 竞赛/荣誉/奖项/论文…, level 市级/省级/国家级.</summary>
public sealed record AchievementBody(
    string Kind, int? Year, DateOnly? Date, string? Level, string? Class, int? Rank, int? Grade, string? Title, string? JournalClass,
    decimal? AmountWanYuan, bool? MainContributor)
{
    public AchievementRecord ToRecord()
    {
        if (!FactVocabulary.TryParse(Kind, out AchievementKind kind))
            throw new ArgumentException($"业绩类别“{Kind}”无效，可用：{FactVocabulary.Names<AchievementKind>()}");
        AchievementLevel? level = null;
        if (!string.IsNullOrWhiteSpace(Level))
            level = FactVocabulary.TryParse(Level, out AchievementLevel l) ? l : throw new ArgumentException($"级别“{Level}”无效，可用：{FactVocabulary.Names<AchievementLevel>()}");
        return new AchievementRecord
        {
            Kind = kind, Year = Year, Date = Date, Level = level, Class = Class, Rank = Rank, Grade = Grade, Title = Title,
            JournalClass = JournalClass, AmountWanYuan = AmountWanYuan, MainContributor = MainContributor,
        };
    }
}
