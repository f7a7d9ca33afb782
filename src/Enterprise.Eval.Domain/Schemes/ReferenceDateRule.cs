namespace Enterprise.Eval.Domain.Schemes;

/// <summary>The day against which every duration and age of the scheme is counted.</summary>
public sealed record ReferenceDateRule(ReferenceDateKind Kind, DateOnly? FixedDate = null)
{
    public static readonly ReferenceDateRule WindowClose = new(ReferenceDateKind.WindowClose);

    public static ReferenceDateRule Fixed(DateOnly date) => new(ReferenceDateKind.Fixed, date);

    /// <param name="windowClose">The closing day of the application window (the day screening is run for).</param>
    public DateOnly Resolve(DateOnly windowClose) => Kind == ReferenceDateKind.Fixed && FixedDate is { } d ? d : windowClose;
}
