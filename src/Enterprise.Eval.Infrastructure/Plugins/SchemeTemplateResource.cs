using System.Reflection;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>A scheme template embedded in a pack as <c>templates/&lt;file&gt;.yaml</c>.</summary>
public sealed class SchemeTemplateResource : PackResource
{
    internal SchemeTemplateResource(string packName, Assembly assembly, string resourceName)
        : base(packName, assembly, resourceName)
    {
    }

    /// <summary>The file name without the templates/ prefix.</summary>
    public string FileName => ResourceName[PluginContract.TemplateResourcePrefix.Length..];
}
