using System.Reflection;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>A file a pack embeds (a scheme template, an honour vocabulary), read from the pack's assembly when asked.</summary>
public abstract class PackResource
{
    private readonly Assembly _assembly;

    private protected PackResource(string packName, Assembly assembly, string resourceName)
    {
        PackName = packName;
        ResourceName = resourceName;
        _assembly = assembly;
    }

    public string PackName { get; }

    /// <summary>The manifest resource name, e.g. templates/jiangsu-grand-technician.yaml.</summary>
    public string ResourceName { get; }

    /// <summary>Opens a fresh read-only stream over the file; the caller disposes it.</summary>
    public Stream Open() =>
        _assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"Resource '{ResourceName}' vanished from pack '{PackName}'.");

    /// <summary>The file's text (UTF-8).</summary>
    public string ReadText()
    {
        using var reader = new StreamReader(Open());
        return reader.ReadToEnd();
    }
}
