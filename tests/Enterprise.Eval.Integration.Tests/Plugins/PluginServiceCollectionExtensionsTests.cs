using Enterprise.Eval.Infrastructure.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Plugins;

public sealed class PluginServiceCollectionExtensionsTests
{
    private static ServiceProvider Compose(string? folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Plugins:Folder"] = folder })
            .Build();
        return new ServiceCollection().AddLogging().AddPlugins(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddPlugins_LoadsCatalogFromConfiguredFolder()
    {
        using var services = Compose(PackFolders.Built);

        var catalog = services.GetRequiredService<ExportAdapterCatalog>();

        Assert.Equal(Path.GetFullPath(PackFolders.Built), catalog.Folder);
        Assert.NotNull(catalog.Find("wenzhou-summary"));
        Assert.Same(catalog, services.GetRequiredService<ExportAdapterCatalog>());
    }

    [Fact]
    public void AddPlugins_DefaultsToPluginsBesideTheExecutable()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "plugins"), new PluginOptions().ResolveFolder(AppContext.BaseDirectory));
    }

    [Fact]
    public void Options_FailValidationNamingTheKey_WhenFolderIsBlank()
    {
        using var services = Compose(" ");

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PluginOptions>>().Value);

        Assert.Contains("Plugins:Folder", ex.Message);
        Assert.Contains("EVAL-PLUGIN-010", ex.Message);
    }

    [Fact]
    public void BuiltPacks_DoNotCarryTheirOwnContractAssembly()
    {
        Assert.All(Directory.GetDirectories(PackFolders.Built), pack =>
        {
            Assert.NotEmpty(Directory.GetFiles(pack, "Enterprise.Eval.Plugins.*.dll"));
            Assert.False(File.Exists(Path.Combine(pack, "Enterprise.Eval.Plugins.Abstractions.dll")));
        });
    }
}
