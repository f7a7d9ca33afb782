using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>Reads the <c>filter</c> of a count-of condition.</summary>
internal sealed class RecordFilterParser(SchemeReader r)
{
    public RecordFilter? Parse(YamlNode? node, string code)
    {
        var map = r.Map(node, $"条件“{code}”的 filter");
        if (map is null) return null;
        var kinds = r.StringList(map["kinds"], "kinds")
            .Select(k => FactVocabulary.TryParse(k, out AchievementKind kind) ? kind : (AchievementKind?)null)
            .ToList();
        if (kinds.Any(k => k is null))
            r.Error(map["kinds"]!, SchemeErrorCodes.UnknownValue, $"“kinds”中有无法识别的业绩类别，应为：{FactVocabulary.Names<AchievementKind>()}");
        var filter = new RecordFilter
        {
            Kinds = kinds.OfType<AchievementKind>().ToList(),
            MinLevel = r.Word<AchievementLevel>(map["minLevel"], "minLevel", FactVocabulary.TryParse, FactVocabulary.Names<AchievementLevel>()),
            MinRank = r.Int(map["minRank"], "minRank"),
            MaxRank = r.Int(map["maxRank"], "maxRank"),
            MaxGrade = r.Int(map["maxGrade"], "maxGrade"),
            Classes = r.StringList(map["classes"], "classes"),
            Titles = r.StringList(map["titles"], "titles"),
            Families = r.StringList(map["families"], "families"),
            JournalClasses = r.StringList(map["journalClasses"], "journalClasses"),
            SinceYear = r.Int(map["sinceYear"], "sinceYear"),
            SinceLevelObtained = r.Bool(map["sinceLevelObtained"], "sinceLevelObtained") ?? false,
            WithinYears = r.Int(map["withinYears"], "withinYears"),
            MainContributorOnly = r.Bool(map["mainContributorOnly"], "mainContributorOnly") ?? false,
        };
        if (filter.MinRank is { } lo && filter.MaxRank is { } hi && lo > hi)
            r.Error(map["minRank"]!, SchemeErrorCodes.Inconsistent, $"“minRank”({lo}) 大于 “maxRank”({hi})");
        map.ReportUnknownKeys($"条件“{code}”的 filter");
        return filter;
    }
}
