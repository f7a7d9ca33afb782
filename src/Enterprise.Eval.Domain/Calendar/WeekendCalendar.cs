namespace Enterprise.Eval.Domain.Calendar;

/// <summary>The bottom layer: Monday to Friday work, Saturday and Sunday rest. Never used alone for real dates.</summary>
public sealed class WeekendCalendar : IWorkdayCalendar
{
    public static WeekendCalendar Instance { get; } = new();

    private WeekendCalendar()
    {
    }

    public bool IsWorkday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
