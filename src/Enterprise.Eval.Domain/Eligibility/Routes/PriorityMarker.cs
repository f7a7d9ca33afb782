namespace Enterprise.Eval.Domain.Eligibility.Routes;

/// <summary>优先考虑: an eligible applicant who meets <see cref="Condition"/> is flagged priority, with this name.</summary>
public sealed record PriorityMarker(string Condition, string Name, string? Source = null);
