using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

/// <summary>Evaluates a single condition against facts at a reference date, inside a minimal scheme.</summary>
internal static class ConditionHarness
{
    public static readonly ApplicantFacts Nobody = new() { EmployeeNumber = "E001" };

    public static ConditionResult Evaluate(Condition condition, ApplicantFacts facts, DateOnly referenceDate,
        IReadOnlyDictionary<string, Condition>? named = null, IReadOnlyList<SchemeOccupation>? occupations = null)
    {
        var scheme = new Scheme
        {
            Id = "test", Title = "测试方案", Year = referenceDate.Year, TargetLevel = SkillLevel.GrandTechnician,
            Occupations = occupations ?? [],
            Eligibility = new EligibilityRules(named ?? new Dictionary<string, Condition>(), [], []),
        };
        return condition.Evaluate(new EvaluationContext(facts, referenceDate, scheme));
    }
}
