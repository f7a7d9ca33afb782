using Enterprise.Eval.Application.Applications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Infrastructure.Materials;

public static class MaterialsServiceCollectionExtensions
{
    /// <summary>The disk store of the applications' materials (the use cases are Application's own: AddApplication).</summary>
    public static IServiceCollection AddMaterials(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MaterialsOptions>().Bind(configuration.GetSection(MaterialsOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Materials:Folder 不能为空：请设置材料存放目录，例如 data/materials");
        services.AddSingleton<IMaterialStore, DiskMaterialStore>();
        return services;
    }
}
