using Enterprise.Eval.Application.Applications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Infrastructure.Materials;

public static class MaterialsServiceCollectionExtensions
{
    /// <summary>The application use cases and the disk store of their materials.</summary>
    public static IServiceCollection AddMaterials(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MaterialsOptions>().Bind(configuration.GetSection(MaterialsOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Materials:Folder 不能为空：请设置材料存放目录，例如 data/materials");
        services.AddSingleton<IMaterialStore, DiskMaterialStore>();
        services.AddApplications();
        return services;
    }
}
