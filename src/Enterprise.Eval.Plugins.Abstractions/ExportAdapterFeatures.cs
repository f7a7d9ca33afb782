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

    /// <summary>Some columns read pack-specific values from <see cref="ExportRow.Extra"/> (see <see cref="ExportColumn.ExtraKey"/>).</summary>
    ExtraFields = 16,
}
