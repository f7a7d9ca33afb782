namespace Enterprise.Eval.Domain.Calendar;

/// <summary>Composes the layers in their fixed order: weekends, then the official notices, then company closures.</summary>
public static class WorkdayCalendar
{
    public static IWorkdayCalendar ForChina(HolidayTable table, IEnumerable<CompanyClosure>? closures = null)
    {
        IWorkdayCalendar calendar = new StatutoryHolidayCalendar(table, WeekendCalendar.Instance);
        var list = closures?.ToList() ?? [];
        return list.Count == 0 ? calendar : new CompanyClosureCalendar(list, calendar);
    }
}
