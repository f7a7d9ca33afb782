using System.Reflection;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>A scheme template embedded in a pack as <c>templates/&lt;file&gt;.yaml</c>.</summary>
public sealed class SchemeTemplateResource
{
    private readonly Assembly _assembly;

    internal SchemeTemplateResource(string packName, Assembly assembly, string resourceName)
    {
        PackName = packName;
        ResourceName = resourceName;
        _assembly = assembly;
    }

    public string PackName { get; }

    /// <summary>The manifest resource name, e.g. templates/jiangsu-grand-technician.yaml.</summary>
    public string ResourceName { get; }

    /// <summary>The file name without the templates/ prefix.</summary>
    public string FileName => ResourceName[PluginContract.TemplateResourcePrefix.Length..];

    /// <summary>Opens a fresh read-only stream over the template; the caller disposes it.</summary>
    public Stream Open() =>
        _assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"Resource '{ResourceName}' vanished from pack '{PackName}'.");
}
