using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>
/// What the packs supplied at start-up: export adapters by name, scheme templates, and everything that was skipped
/// and why (for `plugins list`, health checks and support). Built once by <see cref="PluginLoader"/>; read-only.
/// </summary>
public sealed class ExportAdapterCatalog
{
    public ExportAdapterCatalog(string folder, IReadOnlyList<PluginPackInfo> packs, IReadOnlyList<LoadedExportAdapter> adapters,
        IReadOnlyList<SchemeTemplateResource> templates, IReadOnlyList<PluginLoadFailure> failures,
        IReadOnlyList<HonourVocabularyResource>? honourVocabularies = null)
    {
        HonourVocabularies = honourVocabularies ?? [];
        Folder = folder;
        Packs = packs;
        Adapters = [.. adapters.OrderBy(a => a.Name, StringComparer.Ordinal)];
        Templates = templates;
        Failures = failures;
    }

    /// <summary>The folder the packs were loaded from (absolute).</summary>
    public string Folder { get; }

    public IReadOnlyList<PluginPackInfo> Packs { get; }

    /// <summary>Loaded adapters, ordered by name.</summary>
    public IReadOnlyList<LoadedExportAdapter> Adapters { get; }

    /// <summary>Embedded scheme templates of all loaded packs, in pack then resource-name order.</summary>
    public IReadOnlyList<SchemeTemplateResource> Templates { get; }

    public IReadOnlyList<PluginLoadFailure> Failures { get; }

    /// <summary>The honour vocabulary files of all loaded packs (the national pack's first), in pack order.</summary>
    public IReadOnlyList<HonourVocabularyResource> HonourVocabularies { get; }

    /// <summary>The adapter with this name (case-insensitive), or null.</summary>
    public IExportAdapter? Find(string name) =>
        Adapters.FirstOrDefault(a => string.Equals(a.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))?.Adapter;
}
