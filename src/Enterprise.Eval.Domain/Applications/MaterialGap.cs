namespace Enterprise.Eval.Domain.Applications;

/// <summary>A required material item the application lacks: never uploaded, or returned and not replaced.</summary>
public sealed record MaterialGap(string Code, string Name);
