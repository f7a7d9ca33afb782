namespace Enterprise.Eval.Worker.Pages;

/// <summary>Section "PublicityPage": how many objections one client address may post per window.</summary>
public sealed class PublicityPageOptions
{
    public const string Section = "PublicityPage";

    public int ObjectionsPerWindow { get; set; } = 10;

    public int WindowMinutes { get; set; } = 10;
}
