using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Education of at least <see cref="Minimum"/> (福建 "大专及以上").</summary>
public sealed record EducationAtLeastCondition : Condition
{
    public const string KindName = "education-at-least";

    public required EducationLevel Minimum { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var expected = $"{Minimum.Name()}及以上学历";
        if (context.Facts.Education is not { } education)
            return Missing($"未提供学历，无法判断是否具有{expected}", FactNames.Education);
        var met = education >= Minimum;
        return Result(MetIf(met), met ? $"学历为{education.Name()}，达到{expected}" : $"学历为{education.Name()}，低于{Minimum.Name()}",
            expected, education.Name(), [FactNames.Education]);
    }
}
