using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>What a condition may look at: the facts, the scheme's reference date, and the scheme's named conditions.</summary>
public sealed class EvaluationContext(ApplicantFacts facts, DateOnly referenceDate, Scheme scheme)
{
    // A reference chain longer than this is a cycle the parser missed; it yields Unknown instead of overflowing.
    private const int MaxDepth = 64;
    private int _depth;

    public ApplicantFacts Facts { get; } = facts;
    public DateOnly ReferenceDate { get; } = referenceDate;
    public Scheme Scheme { get; } = scheme;

    /// <summary>
    /// The scheme's evaluation year: windows counted in years ("近5年", continuing education, records of the last N
    /// years) end here, even when durations count to a fixed reference date in another year (南通 2019 scheme, 2020-05-31).
    /// </summary>
    public int EvaluationYear => Scheme.Year;

    internal ConditionResult EvaluateNamed(string name, string callerCode)
    {
        if (!Scheme.Eligibility.Conditions.TryGetValue(name, out var condition) || _depth >= MaxDepth)
        {
            return new ConditionResult
            {
                Code = callerCode, Kind = "ref", Outcome = ConditionOutcome.Unknown,
                Sentence = $"条件“{name}”未定义或引用成环，无法判断",
            };
        }
        _depth++;
        try { return condition.Evaluate(this); }
        finally { _depth--; }
    }
}
