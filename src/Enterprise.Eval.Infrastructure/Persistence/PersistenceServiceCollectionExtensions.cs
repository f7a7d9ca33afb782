using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Infrastructure.Persistence.Resilience;
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
        builder.AddInterceptors(SuspendedEnterpriseGuard.Instance);
        // One retry rule for every unit of work (Resilience/): transient failures re-run it whole, logged as warnings.
        var migrations = typeof(EvalDbContext).Assembly.FullName;
        switch (options.Provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.EffectiveConnectionString, o => o.MigrationsAssembly(migrations)
                    .ExecutionStrategy(d => new PostgresRetryingExecutionStrategy(d)));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(options.EffectiveConnectionString, o => o.MigrationsAssembly(migrations)
                    .ExecutionStrategy(d => new SqlServerRetryingStrategy(d)));
                break;
            default:
                builder.AddInterceptors(SqliteConnectionSetup.For(options.SqliteBusyTimeoutSeconds));
                builder.UseSqlite(options.DataConnectionString, o => o.MigrationsAssembly(migrations)
                    .ExecutionStrategy(d => new SqliteBusyExecutionStrategy(d)));
                break;
        }
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
