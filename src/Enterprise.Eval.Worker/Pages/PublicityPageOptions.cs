namespace Enterprise.Eval.Worker.Pages;

/// <summary>Section "PublicityPage": the objection form's rate limits and size cap.</summary>
public sealed class PublicityPageOptions
{
    public const string Section = "PublicityPage";

    /// <summary>Objections one client address may post on one publicity page per window.</summary>
    public int ObjectionsPerWindow { get; set; } = 10;

    /// <summary>
    /// Objections one publicity page takes per window from all addresses together: a ceiling against a flood from many
    /// addresses, sized well above what a whole enterprise's staff would send in ten minutes.
    /// </summary>
    public int ObjectionsPerPagePerWindow { get; set; } = 300;

    public int WindowMinutes { get; set; } = 10;

    /// <summary>
    /// The largest form body read, in bytes. 64 KiB holds 2,000 Chinese characters of text plus the name and contact
    /// even fully percent-encoded (9 bytes a character).
    /// </summary>
    public long MaxFormBytes { get; set; } = 64 * 1024;
}
