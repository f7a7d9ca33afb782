namespace Enterprise.Eval.Infrastructure.Calendar;

/// <summary>Configuration section "Calendar".</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// Paths of extra yearly holiday files in the holidays-cn shape, read after the embedded years; a later file
    /// replaces an earlier one for the same year. Relative paths are resolved against the working directory.
    /// </summary>
    public List<string> ExtraFiles { get; set; } = [];
}
