namespace Enterprise.Eval.Domain.Calendar;

/// <summary>The top layer: one enterprise's own closures turn otherwise working days into days off.</summary>
public sealed class CompanyClosureCalendar(IEnumerable<CompanyClosure> closures, IWorkdayCalendar baseCalendar) : IWorkdayCalendar
{
    private readonly IReadOnlyList<CompanyClosure> _closures = closures?.ToList() ?? throw new ArgumentNullException(nameof(closures));

    public IReadOnlyList<CompanyClosure> Closures => _closures;

    // The base is asked first so that a year without official data is refused even on a closure day.
    public bool IsWorkday(DateOnly date) => baseCalendar.IsWorkday(date) && !_closures.Any(c => c.Contains(date));
}
