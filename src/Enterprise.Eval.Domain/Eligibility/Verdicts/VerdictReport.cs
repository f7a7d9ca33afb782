using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;

namespace Enterprise.Eval.Domain.Eligibility.Verdicts;

/// <summary>
/// Renders a verdict as Chinese lines an HR officer reads: the conclusion, then each route with every condition it
/// checked (✓ met, ✗ not met, ? unknown, … awaiting attestation) and the clause it comes from.
/// </summary>
public static class VerdictReport
{
    public static IReadOnlyList<string> Lines(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var lines = new List<string>
        {
            $"结论：{verdict.Kind.ChineseName()}。{verdict.Summary}",
            $"计算基准日：{ChinaTime.FormatDate(verdict.ReferenceDate)}",
        };
        if (verdict.MissingFacts.Count > 0) lines.Add($"缺少信息：{string.Join("、", verdict.MissingFacts)}");
        if (verdict.PendingAttestationNames.Count > 0) lines.Add($"待人事部门确认：{string.Join("、", verdict.PendingAttestationNames)}");
        foreach (var route in verdict.Routes)
        {
            lines.Add($"【{route.Route.Name}】{OutcomeName(route.Outcome)}");
            foreach (var result in route.Results) Append(lines, result, 1);
        }
        return lines;
    }

    private static void Append(List<string> lines, ConditionResult result, int depth)
    {
        var source = result.Source is null ? "" : $"（{result.Source}）";
        lines.Add($"{new string(' ', depth * 2)}{Mark(result.Outcome)} {result.Sentence}{source}");
        foreach (var child in result.Children) Append(lines, child, depth + 1);
    }

    private static string Mark(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => "✓",
        ConditionOutcome.NotMet => "✗",
        ConditionOutcome.NeedsAttestation => "…",
        _ => "?",
    };

    private static string OutcomeName(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => "满足",
        ConditionOutcome.NotMet => "不满足",
        ConditionOutcome.NeedsAttestation => "待确认",
        _ => "信息不全",
    };
}
