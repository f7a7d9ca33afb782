using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Age in full years at the reference date, with a threshold per gender (福建 "男满58周岁，女满48周岁").</summary>
public sealed record AgeByGenderCondition : Condition
{
    public const string KindName = "age-by-gender";

    public required Threshold Male { get; init; }
    public required Threshold Female { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var facts = context.Facts;
        var expected = $"男{ThresholdText.Expected(Male, "周岁")}，女{ThresholdText.Expected(Female, "周岁")}";
        var missing = new List<string>();
        if (facts.Gender is null) missing.Add(FactNames.Gender);
        if (facts.BirthDate is null) missing.Add(FactNames.BirthDate);
        if (missing.Count > 0)
            return Missing($"未提供{string.Join("、", missing)}，无法判断年龄条件", [.. missing]);

        var threshold = facts.Gender == Gender.Male ? Male : Female;
        var genderName = facts.Gender == Gender.Male ? "男" : "女";
        var met = ThresholdText.DurationMeets(facts.BirthDate!.Value, context.ReferenceDate, threshold);
        var age = ServiceDuration.Between(facts.BirthDate.Value, context.ReferenceDate).Years;
        return Result(MetIf(met), $"{genderName}，{age}周岁，{ThresholdText.Judgement(threshold, met, "周岁")}",
            expected, $"{genderName} {age}周岁", [FactNames.Gender, FactNames.BirthDate]);
    }
}
