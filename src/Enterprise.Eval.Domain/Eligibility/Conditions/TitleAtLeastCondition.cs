using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Holds a professional title of at least <see cref="Rank"/> on the <see cref="TitleRanks"/> scale (正高级 …), in one of
/// <see cref="Fields"/> when listed.
/// </summary>
public sealed record TitleAtLeastCondition : Condition
{
    public const string KindName = "title-at-least";

    public required string Rank
    {
        get;
        init => field = TitleRanks.TryNormalise(value, out var rank) ? rank
            : throw new ArgumentException($"“{value}” is not a title rank ({string.Join("/", TitleRanks.Ordered)}).", nameof(Rank));
    }
    public IReadOnlyList<string> Fields { get; init; } = [];

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var facts = context.Facts;
        var expected = Fields.Count == 0 ? $"{Rank}及以上职称" : $"{string.Join("/", Fields)}专业{Rank}及以上职称";
        if (facts.TitleRank is not { } rank)
            return Missing($"未提供职称，无法判断是否具有{expected}", FactNames.TitleRank);
        if (TitleRanks.Rank(rank) < TitleRanks.Rank(Rank))
            return Result(ConditionOutcome.NotMet, rank == TitleRanks.Ordered[0] ? $"无职称，未达到{Rank}" : $"职称为{rank}，低于{Rank}",
                expected, rank, [FactNames.TitleRank]);
        if (Fields.Count == 0)
            return Result(ConditionOutcome.Met, $"职称为{rank}，达到{Rank}", expected, rank, [FactNames.TitleRank]);
        if (string.IsNullOrWhiteSpace(facts.TitleField))
            return Missing($"职称为{rank}，但未提供职称专业", FactNames.TitleField);
        var inField = Fields.Contains(facts.TitleField.Trim(), StringComparer.Ordinal);
        return Result(MetIf(inField),
            inField ? $"具有{facts.TitleField}专业{rank}职称" : $"职称专业为{facts.TitleField}，不在{string.Join("、", Fields)}之列",
            expected, $"{facts.TitleField} {rank}", [FactNames.TitleRank, FactNames.TitleField]);
    }
}
