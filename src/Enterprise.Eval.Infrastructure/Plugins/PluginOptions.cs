namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>Configuration section <c>Plugins</c>: where the regional packs are.</summary>
public sealed class PluginOptions
{
    public const string SectionName = "Plugins";

    /// <summary>The folder holding one sub-folder per pack; relative paths are taken from the executable's folder.</summary>
    public string Folder { get; set; } = "plugins";

    public string ResolveFolder(string baseDirectory) => Path.GetFullPath(Path.Combine(baseDirectory, Folder));
}
