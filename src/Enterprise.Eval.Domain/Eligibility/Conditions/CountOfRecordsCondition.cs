using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// The number of achievement records that match <see cref="Filter"/> meets <see cref="Count"/> (default: 1以上).
/// <see cref="Description"/> names what is counted in the sentence ("国家职业技能大赛金牌").
/// </summary>
public sealed record CountOfRecordsCondition : Condition
{
    public const string KindName = "count-of";

    public required RecordFilter Filter { get; init; }
    public Threshold Count { get; init; } = new(1, Comparison.AtLeast);
    public string? Description { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var what = Description ?? Label ?? "符合条件的业绩记录";
        var expected = $"{what}{ThresholdText.Expected(Count, "项")}";
        if (context.Facts.Achievements is not { } records)
            return Missing($"未提供业绩记录，无法判断{what}", FactNames.Achievements);

        var matched = records.Where(r => Filter.Matches(r, context.Facts, context.EvaluationYear)).ToList();
        var met = Count.IsMetBy(matched.Count);
        var titles = matched.Select(r => r.Title).OfType<string>().Distinct().Take(3).ToList();
        var detail = titles.Count > 0 ? $"（{string.Join("、", titles)}）" : "";
        return Result(MetIf(met), $"{what}{matched.Count}项{detail}，{ThresholdText.Judgement(Count, met, "项")}",
            expected, $"{matched.Count}项", [FactNames.Achievements]);
    }
}
