using System.Reflection;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>A pack's honour vocabulary, embedded as <c>vocabulary/honours.yaml</c>.</summary>
public sealed class HonourVocabularyResource : PackResource
{
    internal HonourVocabularyResource(string packName, Assembly assembly, string resourceName)
        : base(packName, assembly, resourceName)
    {
    }
}
