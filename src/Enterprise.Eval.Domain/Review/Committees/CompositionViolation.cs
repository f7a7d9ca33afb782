namespace Enterprise.Eval.Domain.Review.Committees;

/// <summary>One way a committee breaks its <see cref="CompositionRules"/>, with a stable code and a Chinese sentence.</summary>
public sealed record CompositionViolation(string Code, string Message);
