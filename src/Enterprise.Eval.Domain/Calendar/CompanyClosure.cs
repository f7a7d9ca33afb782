namespace Enterprise.Eval.Domain.Calendar;

/// <summary>Days an enterprise is closed (annual shutdown, site closure). <see cref="From"/> and <see cref="To"/> are inclusive.</summary>
public sealed record CompanyClosure
{
    public CompanyClosure(DateOnly from, DateOnly to, string reason)
    {
        if (to < from)
            throw new ArgumentException($"Closure ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        From = from;
        To = to;
        Reason = reason ?? "";
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public string Reason { get; }

    public bool Contains(DateOnly date) => date >= From && date <= To;
}
