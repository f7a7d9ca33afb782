using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Continuing education completed in each of the listed <see cref="Years"/> (南通 "完成2018年继续教育"), or in each of
/// the last <see cref="LastYears"/> completed years before the scheme's evaluation year.
/// </summary>
public sealed record ContinuingEducationCondition : Condition
{
    public const string KindName = "continuing-education";

    public IReadOnlyList<int> Years { get; init; } = [];
    public int? LastYears { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var years = Years.Count > 0
            ? Years.ToList()
            : Enumerable.Range(context.EvaluationYear - (LastYears ?? 1), LastYears ?? 1).ToList();
        var expected = $"完成{string.Join("、", years)}年继续教育";
        var used = years.Select(FactNames.ContinuingEducation).ToList();

        var failed = years.Where(y => context.Facts.ContinuingEducation.TryGetValue(y, out var done) && !done).ToList();
        if (failed.Count > 0)
            return Result(ConditionOutcome.NotMet, $"{string.Join("、", failed)}年继续教育未完成", expected, "未完成", used);
        var missing = years.Where(y => !context.Facts.ContinuingEducation.ContainsKey(y)).ToList();
        if (missing.Count > 0)
            return Result(ConditionOutcome.Unknown, $"缺少{string.Join("、", missing)}年继续教育记录", expected, "未知", used,
                missing.Select(FactNames.ContinuingEducation).ToList());
        return Result(ConditionOutcome.Met, $"已{expected}", expected, "已完成", used);
    }
}
