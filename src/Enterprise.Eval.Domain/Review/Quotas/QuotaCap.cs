using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>
/// A cap on recommended candidates per group. A share cap is an upper-bound <see cref="Threshold"/> and gives the
/// largest whole count that meets it: 不超过15% of 20 → floor(3.0) = 3; of 21 → floor(3.15) = 3. GroupKey narrows the
/// cap to one group (a region's own allocation); without it the cap applies to every group of the scope.
/// </summary>
public sealed record QuotaCap
{
    private QuotaCap(string name, QuotaScope scope, QuotaBase basis, Threshold? share, int? limit,
        CapStrictness strictness, string? groupKey)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A cap needs a name.", nameof(name));
        if (share is { Comparison: not (Comparison.AtMost or Comparison.LessThan) })
            throw new ArgumentException("A share cap must be an upper bound (不超过/以下 or 不满).", nameof(share));
        if (limit < 0) throw new ArgumentOutOfRangeException(nameof(limit), limit, "A cap cannot be negative.");
        Name = name.Trim();
        Scope = scope;
        Base = basis;
        ShareCap = share;
        Limit = limit;
        Strictness = strictness;
        GroupKey = string.IsNullOrWhiteSpace(groupKey) ? null : groupKey.Trim();
    }

    public string Name { get; }
    public QuotaScope Scope { get; }
    public QuotaBase Base { get; }
    public Threshold? ShareCap { get; }
    public int? Limit { get; }
    public CapStrictness Strictness { get; }
    public string? GroupKey { get; }

    public static QuotaCap ShareOfList(string name, QuotaScope scope, Threshold share, CapStrictness strictness,
        string? groupKey = null) => new(name, scope, QuotaBase.ShareOfList, share, null, strictness, groupKey);

    public static QuotaCap ShareOfApplicants(string name, QuotaScope scope, Threshold share, CapStrictness strictness,
        string? groupKey = null) => new(name, scope, QuotaBase.ShareOfApplicants, share, null, strictness, groupKey);

    public static QuotaCap Absolute(string name, QuotaScope scope, int limit, CapStrictness strictness,
        string? groupKey = null) => new(name, scope, QuotaBase.Absolute, null, limit, strictness, groupKey);

    /// <summary>福建 000: 原则上拟推荐人选中每个工种占比不超过15%.</summary>
    public static QuotaCap FujianOccupationShare { get; } =
        ShareOfList("每个工种占比不超过15%", QuotaScope.Occupation, Share.Percent(15, Comparison.AtMost), CapStrictness.InPrinciple);

    /// <summary>The number of places this cap allows in a group, given the sizes it is measured against.</summary>
    public int PlacesFor(int listSize, int groupApplicants) => Base switch
    {
        QuotaBase.ShareOfList => Share.LargestCountWithin(ShareCap!.Value, listSize),
        QuotaBase.ShareOfApplicants => Share.LargestCountWithin(ShareCap!.Value, groupApplicants),
        QuotaBase.Absolute => Limit!.Value,
        _ => throw new InvalidOperationException($"Unknown quota base {Base}."),
    };
}
