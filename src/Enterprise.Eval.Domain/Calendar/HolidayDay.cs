namespace Enterprise.Eval.Domain.Calendar;

/// <summary>
/// One day named in the State Council's yearly holiday notice: either a day off (<see cref="IsOffDay"/> true) or a
/// make-up working day on a weekend (调休/补班, <see cref="IsOffDay"/> false).
/// </summary>
public sealed record HolidayDay(DateOnly Date, string Name, bool IsOffDay);
