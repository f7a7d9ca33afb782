namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>A bar from applying after misconduct; both days are inclusive.</summary>
public sealed record MisconductBan(DateOnly StartsOn, DateOnly EndsOn, string Reason)
{
    /// <summary>A ban of whole years from a start day: 5 years from 2022-03-01 ends on 2027-02-28.</summary>
    public static MisconductBan ForYears(DateOnly startsOn, int years, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        return new MisconductBan(startsOn, startsOn.AddYears(years).AddDays(-1), reason);
    }

    public bool IsActiveOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}
