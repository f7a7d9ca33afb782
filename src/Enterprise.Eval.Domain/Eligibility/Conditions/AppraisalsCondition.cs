using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Counts the yearly appraisals of at least <see cref="MinGrade"/> in the last <see cref="LastYears"/> completed
/// years before the scheme's evaluation year (a 2019 scheme's "近5年" is 2014–2018). <see cref="Count"/> defaults to all of them
/// (南通 "近5年年度考核均为合格及以上"); 福建 asks "近五年有三次及以上优秀".
/// </summary>
public sealed record AppraisalsCondition : Condition
{
    public const string KindName = "appraisals";

    public required int LastYears
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(LastYears), value, "Must be at least 1.");
    }
    public required AppraisalGrade MinGrade { get; init; }
    public Threshold? Count { get; init; }
    public bool IncludeReferenceYear { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var count = Count ?? new Threshold(LastYears, Comparison.AtLeast);
        var last = IncludeReferenceYear ? context.EvaluationYear : context.EvaluationYear - 1;
        var years = Enumerable.Range(last - LastYears + 1, LastYears).ToList();
        var range = $"{years[0]}—{years[^1]}年";
        var expected = $"{range}年度考核{MinGrade.Name()}及以上{ThresholdText.Expected(count, "次")}";

        int good = 0, unknown = 0;
        var missing = new List<string>();
        foreach (var year in years)
        {
            if (context.Facts.Appraisals.TryGetValue(year, out var grade)) { if (grade >= MinGrade) good++; }
            else { unknown++; missing.Add(FactNames.Appraisal(year)); }
        }

        var used = years.Select(FactNames.Appraisal).ToList();
        if (count.IsMetBy(good) && (unknown == 0 || Monotone(count)))
            return Result(ConditionOutcome.Met, $"{range}年度考核{MinGrade.Name()}及以上{good}次，{ThresholdText.Judgement(count, true, "次")}", expected, $"{good}次", used);
        // Unknown years could still change the outcome only if some filling of them meets the threshold.
        if (unknown > 0 && Enumerable.Range(good, unknown + 1).Any(n => count.IsMetBy(n)))
            return Result(ConditionOutcome.Unknown, $"{range}已知{MinGrade.Name()}及以上{good}次，缺少{unknown}个年度的考核结果", expected, $"{good}次（缺{unknown}年）", used, missing);
        return Result(ConditionOutcome.NotMet, $"{range}年度考核{MinGrade.Name()}及以上{good}次，{ThresholdText.Judgement(count, false, "次")}", expected, $"{good}次", used);
    }

    // For "at least"-type counts, more known good years can only help, so a met count stays met.
    private static bool Monotone(Threshold t) => t.Comparison is Comparison.AtLeast or Comparison.MoreThan;
}
