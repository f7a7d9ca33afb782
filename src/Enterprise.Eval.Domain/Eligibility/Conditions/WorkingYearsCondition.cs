using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Working years since the work start date, to the day (福建 "工作年限满30年").</summary>
public sealed record WorkingYearsCondition : Condition
{
    public const string KindName = "working-years";

    public required Threshold Years { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var expected = $"工作年限{ThresholdText.Expected(Years, "年")}";
        if (context.Facts.WorkStartedOn is not { } start)
            return Missing($"未提供参加工作日期，无法判断{expected}", FactNames.WorkStartedOn);
        var met = ThresholdText.DurationMeets(start, context.ReferenceDate, Years);
        var duration = ServiceDuration.Between(start, context.ReferenceDate);
        return Result(MetIf(met), $"工作年限{duration}，{ThresholdText.Judgement(Years, met, "年")}", expected, duration.ToString(), [FactNames.WorkStartedOn]);
    }
}
