namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// Materials and their review: 南通 reviews the photo within 24 hours, after which the registration data (the form) is
/// frozen while the other materials can still be uploaded and reviewed (seed 002 二(一)5–6).
/// </summary>
public sealed record MaterialRules
{
    public static readonly MaterialRules None = new();

    public IReadOnlyList<MaterialItem> Items { get; init; } = [];
    public int? ReviewWithinHours { get; init; }
    /// <summary>Accepting an item freezes the form (报名信息); which item: <see cref="FreezeAfterItem"/>, or any when null.</summary>
    public bool FrozenAfterReview { get; init; }
    /// <summary>The item whose acceptance freezes the form (南通: photo, 002 二(一)6 照片审核合格后不能再修改所有报名信息).</summary>
    public string? FreezeAfterItem { get; init; }

    /// <summary>Whether accepting <paramref name="itemCode"/> freezes the form.</summary>
    public bool FreezesOnAccepting(string itemCode) =>
        FrozenAfterReview && (FreezeAfterItem is null || string.Equals(FreezeAfterItem, itemCode, StringComparison.Ordinal));
}
