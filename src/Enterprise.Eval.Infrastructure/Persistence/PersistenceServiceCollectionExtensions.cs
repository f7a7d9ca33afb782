using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => !o.Validate().Any(), "Database options are invalid").ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddDbContext<EvalDbContext>((sp, builder) => Configure(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddScoped<IEvalDbContext>(sp => sp.GetRequiredService<EvalDbContext>());
        services.AddScoped<IRosterStore, RosterStore>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.PostgreSql)
            builder.UseNpgsql(options.EffectiveConnectionString, o => o.MigrationsAssembly(typeof(EvalDbContext).Assembly.FullName)
                .EnableRetryOnFailure(5, TimeSpan.FromSeconds(2), null));
        else
            builder.UseSqlite(options.EffectiveConnectionString, o => o.MigrationsAssembly(typeof(EvalDbContext).Assembly.FullName));
    }

    private sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
        {
            var errors = options.Validate().ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
