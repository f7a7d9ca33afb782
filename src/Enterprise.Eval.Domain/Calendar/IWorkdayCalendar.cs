namespace Enterprise.Eval.Domain.Calendar;

/// <summary>
/// A layer of the working-day calendar (after Quartz's ICalendar): each layer decides what it knows and defers the
/// rest to the layer beneath. Dates are China dates.
/// </summary>
public interface IWorkdayCalendar
{
    bool IsWorkday(DateOnly date);
}
