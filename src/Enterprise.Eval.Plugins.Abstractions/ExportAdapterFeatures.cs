namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// What an export adapter's file contains or needs. The host decides from these flags who may run an export and
/// which optional data it must supply, so new needs become new flags instead of new interfaces.
/// </summary>
[Flags]
public enum ExportAdapterFeatures
{
    /// <summary>Nothing beyond the basic columns.</summary>
    None = 0,

    /// <summary>The file carries full, unmasked ID numbers: for the provincial upload only, never for publication.</summary>
    FullIdNumbers = 1,

    /// <summary>The file carries phone numbers (from <see cref="ExportRow.Extra"/>).</summary>
    PhoneNumbers = 2,

    /// <summary>The file is a publicity list fit to be shown to employees: no ID numbers and no phone numbers.</summary>
    PublicityList = 4,

    /// <summary>The file has one column per evaluation stage, named by <see cref="ExportOptions.StageNames"/>.</summary>
    StageScores = 8,

    /// <summary>
    /// Some columns read values from <see cref="ExportRow.Extra"/> under the keys of <see cref="ExportFieldKeys"/>
    /// (see <see cref="ExportColumn.ExtraKey"/>): the host fills every key it knows and asks the person running the
    /// export for the <see cref="ExportFieldKeys.Entered"/> ones.
    /// </summary>
    ExtraFields = 16,

    /// <summary>
    /// The file lists the review's recommended candidates (拟推荐名单 / 建议人选名单) in list order, not certificates:
    /// it can be run once the review has computed its list, before publicity and certificates (江苏 seed 004 二(五)).
    /// Rows carry no certificate number or issue date; the level is the one applied for.
    /// </summary>
    RecommendedCandidates = 32,

    /// <summary>
    /// The file lists the applicants who passed the closing screening and are still in the cycle, by 工号: the unit's
    /// report at recommendation (温州 seed 001 附件2 汇总表). Rows carry no certificate number; the level is the one applied for.
    /// </summary>
    Applicants = 64,

    /// <summary>
    /// The host hands the rows ordered by occupation (申报职业（工种）: code, then 工种), then as the subject orders them,
    /// so that a summary by 工种 streams without buffering (福建 seed 000 三(三) 按工种汇总).
    /// </summary>
    GroupedByOccupation = 128,
}
