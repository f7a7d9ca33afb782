using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Education of at least <see cref="Minimum"/> on the <see cref="EducationLevels"/> scale (福建 "大专及以上").</summary>
public sealed record EducationAtLeastCondition : Condition
{
    public const string KindName = "education-at-least";

    public required string Minimum
    {
        get;
        init => field = EducationLevels.TryNormalise(value, out var level) ? level
            : throw new ArgumentException($"“{value}” is not an education level ({string.Join("/", EducationLevels.Ordered)}).", nameof(Minimum));
    }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var expected = $"{Minimum}及以上学历";
        if (context.Facts.Education is not { } education)
            return Missing($"未提供学历，无法判断是否具有{expected}", FactNames.Education);
        var met = EducationLevels.Rank(education) >= EducationLevels.Rank(Minimum);
        return Result(MetIf(met), met ? $"学历为{education}，达到{expected}" : $"学历为{education}，低于{Minimum}",
            expected, education, [FactNames.Education]);
    }
}
