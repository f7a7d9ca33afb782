using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>An export adapter instance together with the pack that supplied it.</summary>
public sealed record LoadedExportAdapter(string PackName, IExportAdapter Adapter)
{
    public string Name => Adapter.Name;
}
