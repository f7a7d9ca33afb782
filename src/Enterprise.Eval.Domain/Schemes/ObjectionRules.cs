namespace Enterprise.Eval.Domain.Schemes;

/// <summary>How objections raised during publicity are accepted.</summary>
public sealed record ObjectionRules
{
    public bool RealNameRequired { get; init; } = true;
    public string? Source { get; init; }
}
