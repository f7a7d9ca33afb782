namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// One band of a per-unit quota (南通: a unit holding 10–19 技师 of an occupation may put forward 2). Bounds are
/// inclusive; a null maximum is open-ended. <see cref="NotInConsecutiveYears"/> marks the band that may apply only
/// every other year (≤4 技师).
/// </summary>
public sealed record QuotaTier(int MinHolders, int? MaxHolders, int Places, bool NotInConsecutiveYears = false)
{
    public bool Contains(int holders) => holders >= MinHolders && (MaxHolders is not { } max || holders <= max);
}
