using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

/// <summary>The built packs, loaded once per test class through the real loader.</summary>
public sealed class LoadedPacksFixture
{
    public ExportAdapterCatalog Catalog { get; } = new PluginLoader().Load(PackFolders.Built);

    public IExportAdapter Adapter(string name) => Catalog.Find(name) ?? throw new InvalidOperationException($"Adapter {name} not loaded.");
}
