using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// The cycle's application window: open from <see cref="OpensAt"/> (inclusive) to <see cref="ClosesAt"/> (exclusive).
/// An application may be submitted, changed or withdrawn only inside it; after the close it is frozen.
/// </summary>
public sealed record ApplicationWindow
{
    public ApplicationWindow(DateTimeOffset opensAt, DateTimeOffset closesAt)
    {
        if (closesAt <= opensAt) throw new ArgumentException("The window must close after it opens.", nameof(closesAt));
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }

    public DateTimeOffset OpensAt { get; }

    public DateTimeOffset ClosesAt { get; }

    public bool IsOpenAt(DateTimeOffset now) => OpensAt <= now && now < ClosesAt;

    public bool HasClosedAt(DateTimeOffset now) => now >= ClosesAt;

    /// <summary>申报时间为2026年6月10日9:00至2026年6月13日16:00</summary>
    public string Text => $"申报时间为{Format(OpensAt)}至{Format(ClosesAt)}";

    /// <summary>Null inside the window; otherwise the refusal that gives the window.</summary>
    public DomainException? RefusalAt(DateTimeOffset now) =>
        IsOpenAt(now) ? null
        : now < OpensAt ? new DomainException(ApplicationErrors.WindowNotOpen, $"{Text}，尚未开始")
        : new DomainException(ApplicationErrors.WindowClosed, $"{Text}，现已截止");

    public void EnsureOpenAt(DateTimeOffset now)
    {
        if (RefusalAt(now) is { } refusal) throw refusal;
    }

    private static string Format(DateTimeOffset instant)
    {
        var china = ChinaTime.ToChina(instant);
        return $"{ChinaTime.FormatDate(DateOnly.FromDateTime(china.DateTime))}{china.Hour}:{china.Minute:00}";
    }
}
