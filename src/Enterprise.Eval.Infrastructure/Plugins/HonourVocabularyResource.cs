using System.Reflection;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>A pack's honour vocabulary, embedded as <c>vocabulary/honours.yaml</c>.</summary>
public sealed class HonourVocabularyResource
{
    private readonly Assembly _assembly;

    internal HonourVocabularyResource(string packName, Assembly assembly, string resourceName)
    {
        PackName = packName;
        ResourceName = resourceName;
        _assembly = assembly;
    }

    public string PackName { get; }

    public string ResourceName { get; }

    /// <summary>The file's text (UTF-8).</summary>
    public string ReadText()
    {
        using var stream = _assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource '{ResourceName}' vanished from pack '{PackName}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
