using System.Runtime.Loader;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

public sealed class PluginLoaderTests : IDisposable
{
    private readonly DirectoryInfo _scratch = PackFolders.CreateScratch();

    public void Dispose()
    {
        try { _scratch.Delete(recursive: true); }
        catch (IOException) { /* loaded assemblies may still be mapped on some systems */ }
        catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void Load_LoadsEveryBuiltPack_WithTheRegionalAdapters()
    {
        var catalog = new PluginLoader().Load(PackFolders.Built);

        Assert.Empty(catalog.Failures);
        Assert.Equal(["Fujian", "Jiangsu", "National", "Shandong", "Zhejiang"], catalog.Packs.Select(p => p.Name));
        Assert.Equal(["fujian-by-work-type", "jiangsu-publicity", "national", "shandong-upload", "wenzhou-summary"], catalog.Adapters.Select(a => a.Name));
        Assert.Equal("Zhejiang", catalog.Adapters.Single(a => a.Name == "wenzhou-summary").PackName);
    }

    [Fact]
    public void Load_PutsEachPackInItsOwnContext_SharingOnlyTheContract()
    {
        var catalog = new PluginLoader().Load(PackFolders.Built);

        var contexts = catalog.Adapters.Select(a => AssemblyLoadContext.GetLoadContext(a.Adapter.GetType().Assembly)).ToArray();
        Assert.DoesNotContain(AssemblyLoadContext.Default, contexts);
        Assert.Equal(contexts.Length, contexts.Distinct().Count());
        Assert.All(catalog.Adapters, a => Assert.IsAssignableFrom<IExportAdapter>(a.Adapter));
        var packsInDefault = AssemblyLoadContext.Default.Assemblies
            .Select(a => a.GetName().Name!)
            .Where(n => n.StartsWith("Enterprise.Eval.Plugins.", StringComparison.Ordinal) && n != "Enterprise.Eval.Plugins.Abstractions");
        Assert.Empty(packsInDefault);
    }

    [Fact]
    public void Find_ReturnsAdapterByName_IgnoringCase()
    {
        var catalog = new PluginLoader().Load(PackFolders.Built);

        Assert.Equal("national", catalog.Find("National")!.Name);
        Assert.Null(catalog.Find("beijing-upload"));
    }

    [Fact]
    public void Load_ReportsAndSkipsGarbageAssembly_AndStillLoadsTheOtherPacks()
    {
        PackFolders.CopyBuiltPack("Jiangsu", _scratch);
        var broken = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "Broken"));
        File.WriteAllBytes(Path.Combine(broken.FullName, "Broken.dll"), [0x4D, 0x5A, 0x00, 0x13, 0x37, 0xDE, 0xAD, 0xBE, 0xEF]);

        var catalog = new PluginLoader().Load(_scratch.FullName);

        var failure = Assert.Single(catalog.Failures);
        Assert.Equal("Broken/Broken.dll", failure.Source);
        Assert.Equal("EVAL-PLUGIN-003", failure.Code);
        Assert.Equal(["jiangsu-publicity"], catalog.Adapters.Select(a => a.Name));
    }

    [Fact]
    public void Load_SkipsSecondAdapterWithTheSameName_AndSaysWhichPackHasIt()
    {
        PackFolders.CopyBuiltPack("National", _scratch);
        Directory.Move(Path.Combine(_scratch.FullName, "National"), Path.Combine(_scratch.FullName, "A-National"));
        PackFolders.CopyBuiltPack("National", _scratch);

        var catalog = new PluginLoader().Load(_scratch.FullName);

        var failure = Assert.Single(catalog.Failures);
        Assert.Equal("EVAL-PLUGIN-013", failure.Code);
        Assert.StartsWith("National/", failure.Source);
        Assert.Contains("A-National", failure.Reason);
        Assert.Equal("A-National", Assert.Single(catalog.Adapters).PackName);
    }

    [Fact]
    public void Load_ReportsMissingFolder_InsteadOfThrowing()
    {
        var catalog = new PluginLoader().Load(Path.Combine(_scratch.FullName, "absent"));

        Assert.Equal("EVAL-PLUGIN-001", Assert.Single(catalog.Failures).Code);
        Assert.Empty(catalog.Adapters);
    }

    [Fact]
    public void Load_ReportsEmptyPackFolder()
    {
        Directory.CreateDirectory(Path.Combine(_scratch.FullName, "Empty"));

        var catalog = new PluginLoader().Load(_scratch.FullName);

        Assert.Equal(("Empty", "EVAL-PLUGIN-002"), (catalog.Failures[0].Source, catalog.Failures[0].Code));
    }

    [Fact]
    public void Load_SkipsPackBuiltForAnotherContractVersion()
    {
        new EmittedPack("Future.Pack") { ContractVersion = PluginContract.Version + 1, AdapterConstructorThrows = true }
            .SaveTo(Path.Combine(_scratch.FullName, "Future"));

        var catalog = new PluginLoader().Load(_scratch.FullName);

        var failure = Assert.Single(catalog.Failures);
        Assert.Equal("EVAL-PLUGIN-006", failure.Code);
        Assert.Contains($"契约版本{PluginContract.Version + 1}", failure.Reason);
        Assert.Empty(catalog.Packs);
    }

    [Fact]
    public void Load_SkipsAssemblyWithoutPackAttribute()
    {
        new EmittedPack("Not.A.Pack") { ContractVersion = null }.SaveTo(Path.Combine(_scratch.FullName, "Stray"));

        var catalog = new PluginLoader().Load(_scratch.FullName);

        Assert.Equal("EVAL-PLUGIN-005", Assert.Single(catalog.Failures).Code);
    }

    [Fact]
    public void Load_ReportsAdapterWhoseConstructorThrows_AndKeepsThePack()
    {
        new EmittedPack("Throwing.Pack") { AdapterConstructorThrows = true }.SaveTo(Path.Combine(_scratch.FullName, "Throwing"));
        PackFolders.CopyBuiltPack("National", _scratch);

        var catalog = new PluginLoader().Load(_scratch.FullName);

        var failure = Assert.Single(catalog.Failures);
        Assert.Equal("EVAL-PLUGIN-009", failure.Code);
        Assert.Equal("Throwing/Emitted.ThrowingAdapter", failure.Source);
        Assert.Contains("构造失败（测试）", failure.Reason);
        Assert.Equal(["National", "Throwing"], catalog.Packs.Select(p => p.Name));
        Assert.Equal(["national"], catalog.Adapters.Select(a => a.Name));
    }

    [Fact]
    public void Templates_ListsEmbeddedYamlUnderTemplatesPrefix_AndOpensThem()
    {
        new EmittedPack("Templated.Pack")
        {
            Resources = new()
            {
                ["templates/b-scheme.yaml"] = "name: 乙",
                ["templates/a-scheme.yaml"] = "name: 甲",
                ["other/readme.txt"] = "not a template",
            },
        }.SaveTo(Path.Combine(_scratch.FullName, "Templated"));

        var catalog = new PluginLoader().Load(_scratch.FullName);

        Assert.Empty(catalog.Failures);
        Assert.Equal(["a-scheme.yaml", "b-scheme.yaml"], catalog.Templates.Select(t => t.FileName));
        using var reader = new StreamReader(catalog.Templates[0].Open());
        Assert.Equal("name: 甲", reader.ReadToEnd());
        Assert.Equal("Templated", catalog.Templates[0].PackName);
    }
}
