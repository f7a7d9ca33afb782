namespace Enterprise.Eval.Domain.Schemes;

public enum ReferenceDateKind
{
    /// <summary>Durations and ages count to the day the application window closes (the date screening is run for).</summary>
    WindowClose,
    /// <summary>Durations count to a date the notice fixes, e.g. 南通 "2020年5月底前仍在编在职".</summary>
    Fixed,
}
