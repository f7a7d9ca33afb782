using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Plugins;

public static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Plugins</c> and registers the <see cref="ExportAdapterCatalog"/> as a singleton, loaded
    /// on first use from <see cref="PluginOptions.Folder"/> resolved against the executable's folder.
    /// </summary>
    public static IServiceCollection AddPlugins(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PluginOptions>().Bind(configuration.GetSection(PluginOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PluginOptions>, PluginOptionsValidator>();
        services.AddSingleton(sp => new PluginLoader(sp.GetService<ILogger<PluginLoader>>()));
        services.AddSingleton(sp => sp.GetRequiredService<PluginLoader>()
            .Load(sp.GetRequiredService<IOptions<PluginOptions>>().Value.ResolveFolder(AppContext.BaseDirectory)));
        // The honour vocabulary (national pack, plus regional additions) the facts importer reads titles through.
        services.AddSingleton(sp => HonourVocabularyLoader.Load(sp.GetRequiredService<ExportAdapterCatalog>(),
            sp.GetService<ILogger<ExportAdapterCatalog>>()));
        return services;
    }
}
