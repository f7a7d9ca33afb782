namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>
/// One row of a per-unit tier table: a unit holding MinTechnicians to MaxTechnicians (inclusive; null = no upper
/// bound) 技师 in the occupation gets Places. NotInConsecutiveYears: the places are lost this year if the unit had a
/// place last year (南通: "4人（含）以下的，不能每年连续申报").
/// </summary>
public sealed record UnitQuotaTier(int MinTechnicians, int? MaxTechnicians, int Places, bool NotInConsecutiveYears = false)
{
    public bool Covers(int technicians) => technicians >= MinTechnicians && (MaxTechnicians is not { } max || technicians <= max);
}
