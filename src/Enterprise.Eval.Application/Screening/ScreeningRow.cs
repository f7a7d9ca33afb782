using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Application.Screening;

/// <summary>One line of the screening table: who, and the verdict with its route and reasons.</summary>
public sealed record ScreeningRow(string EmployeeNumber, string? Name, Verdict Verdict)
{
    public VerdictKind Kind => Verdict.Kind;
    public string? RouteName => Verdict.Route?.Name;
}
