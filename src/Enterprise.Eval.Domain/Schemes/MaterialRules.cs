namespace Enterprise.Eval.Domain.Schemes;

/// <summary>Materials and their review: 南通 reviews the photo within 24 hours, after which the record is frozen.</summary>
public sealed record MaterialRules
{
    public static readonly MaterialRules None = new();

    public IReadOnlyList<MaterialItem> Items { get; init; } = [];
    public int? ReviewWithinHours { get; init; }
    public bool FrozenAfterReview { get; init; }
}
