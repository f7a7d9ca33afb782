using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>
/// The services the command-line verbs run on (no web host, no scheduler), over a test database migrated and holding
/// one registered enterprise, with the clock at 1 June 2026 8:00 China time.
/// </summary>
internal static class VerbServices
{
    public static async Task<ServiceProvider> StartAsync(
        TestDatabase database, string provinceCode, string authority, string registrationNumber, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0))))
            .AddSingleton<IConfiguration>(configuration)
            .AddEnterpriseEval(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>().RegisterAsync(new EnterpriseRegistration(
            "甲机械有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", provinceCode, "000123", authority, registrationNumber,
            new DateOnly(2026, 1, 5)), "test");
        return services;
    }
}
