using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Holds a professional title of at least <see cref="Rank"/>, in one of <see cref="Fields"/> when listed.</summary>
public sealed record TitleAtLeastCondition : Condition
{
    public const string KindName = "title-at-least";

    public required TitleRank Rank { get; init; }
    public IReadOnlyList<string> Fields { get; init; } = [];

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var facts = context.Facts;
        var expected = Fields.Count == 0 ? $"{Rank.Name()}及以上职称" : $"{string.Join("/", Fields)}专业{Rank.Name()}及以上职称";
        if (facts.TitleRank is not { } rank)
            return Missing($"未提供职称，无法判断是否具有{expected}", FactNames.TitleRank);
        if (rank < Rank)
            return Result(ConditionOutcome.NotMet, $"职称为{rank.Name()}，低于{Rank.Name()}", expected, rank.Name(), [FactNames.TitleRank]);
        if (Fields.Count == 0)
            return Result(ConditionOutcome.Met, $"职称为{rank.Name()}，达到{Rank.Name()}", expected, rank.Name(), [FactNames.TitleRank]);
        if (string.IsNullOrWhiteSpace(facts.TitleField))
            return Missing($"职称为{rank.Name()}，但未提供职称专业", FactNames.TitleField);
        var inField = Fields.Contains(facts.TitleField.Trim(), StringComparer.Ordinal);
        return Result(MetIf(inField),
            inField ? $"具有{facts.TitleField}专业{rank.Name()}职称" : $"职称专业为{facts.TitleField}，不在{string.Join("、", Fields)}之列",
            expected, $"{facts.TitleField} {rank.Name()}", [FactNames.TitleRank, FactNames.TitleField]);
    }
}
