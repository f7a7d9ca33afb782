using System.Reflection;
using System.Runtime.Loader;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>
/// One pack's private load context. It hands back the host's own contract assembly, so that the pack's
/// <see cref="IExportAdapter"/> is the host's type; everything else the pack carries resolves from its own folder,
/// and the framework from the default context.
/// </summary>
internal sealed class PluginLoadContext(string packName, string entryAssemblyPath)
    : AssemblyLoadContext($"pack:{packName}", isCollectible: false)
{
    private static readonly Assembly Contract = typeof(IExportAdapter).Assembly;
    private readonly AssemblyDependencyResolver _resolver = new(entryAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (AssemblyName.ReferenceMatchesDefinition(assemblyName, Contract.GetName()) ||
            string.Equals(assemblyName.Name, Contract.GetName().Name, StringComparison.OrdinalIgnoreCase))
            return Contract;
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
