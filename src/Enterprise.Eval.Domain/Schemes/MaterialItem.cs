namespace Enterprise.Eval.Domain.Schemes;

/// <summary>A document an applicant hands in; file types are lower-case extensions without the dot.</summary>
public sealed record MaterialItem
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public bool Required { get; init; }
    public IReadOnlyList<string> FileTypes { get; init; } = [];
    public int? MaxSizeKb { get; init; }
    /// <summary>Only for applicants of these occupations (南通 汽车调度管理); empty for everyone.</summary>
    public IReadOnlyList<string> Occupations { get; init; } = [];
    public string? Source { get; init; }
}
