using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

/// <summary>Holds the dependency rule: packs see only the contract, and the contract only the base class library.</summary>
public sealed class PackReferenceTests
{
    private static string[] ReferencesOf(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))];
    }

    private static bool IsFramework(string name) => name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal);

    [Fact]
    public void Packs_ReferenceOnlyTheContractAndTheFramework()
    {
        var packs = Directory.GetFiles(PackFolders.Built, "Enterprise.Eval.Plugins.*.dll", SearchOption.AllDirectories);

        Assert.Equal(5, packs.Length);
        Assert.All(packs, pack => Assert.All(ReferencesOf(pack),
            reference => Assert.True(IsFramework(reference) || reference == "Enterprise.Eval.Plugins.Abstractions",
                $"{Path.GetFileName(pack)} references {reference}")));
    }

    [Fact]
    public void Contract_ReferencesOnlyTheFramework()
    {
        Assert.All(ReferencesOf(typeof(IExportAdapter).Assembly.Location), reference => Assert.True(IsFramework(reference), reference));
    }
}
