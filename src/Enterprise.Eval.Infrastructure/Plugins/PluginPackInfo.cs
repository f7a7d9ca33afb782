namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>A pack that loaded: its folder name (e.g. Jiangsu), its Chinese name and the assembly file it came from.</summary>
public sealed record PluginPackInfo(string Name, string DisplayName, string AssemblyPath);
