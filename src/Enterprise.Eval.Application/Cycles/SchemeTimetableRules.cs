using Enterprise.Eval.Domain.Schemes;
using CycleRules = Enterprise.Eval.Domain.Cycles.TimetableRules;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>What a scheme's <c>timetable:</c> section demands of a cycle's timetable.</summary>
public static class SchemeTimetableRules
{
    /// <summary>Publicity of at least five working days when the scheme states none (seeds 003, 004).</summary>
    public const int DefaultPublicityWorkdays = 5;

    public static CycleRules Of(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new CycleRules(
            scheme.Timetable.PublicityMinWorkingDays ?? DefaultPublicityWorkdays,
            CycleRules.Default.MinimumWindow,
            CycleRules.Default.MinimumReview);
    }
}
