namespace Enterprise.Eval.Domain.Schemes;

/// <summary>A rule a scheme breaks for the step asked of it, with its stable code and the Chinese message naming the fix.</summary>
public sealed record SchemeProblem(string Code, string Message);
