using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Enterprises;
using EvaluatorType = Enterprise.Eval.Domain.Enterprises.EvaluatorType;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Infrastructure.Persistence.Certificates;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Certificates;

/// <summary>A migrated database with one registered enterprise and a roster of generated employees, plus the issuing services.</summary>
public sealed class CertificateWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CertificateWorld(TestDatabase database, ServiceProvider services, Guid enterpriseId, IReadOnlyList<Employee> employees)
    {
        Database = database;
        _services = services;
        EnterpriseId = enterpriseId;
        Employees = employees;
    }

    public TestDatabase Database { get; }
    public Guid EnterpriseId { get; }
    public IReadOnlyList<Employee> Employees { get; }

    public static async Task<CertificateWorld> CreateAsync(TestDatabase database, int employees, string creditCode = "91350100M000100Y43",
        Action<IServiceCollection>? configure = null)
    {
        await using (var db = database.NewContext()) await db.Database.MigrateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<EvalDbContext>(b => PersistenceServiceCollectionExtensions.Configure(b, database.Options));
        services.AddScoped<IEvalDbContext>(sp => sp.GetRequiredService<EvalDbContext>());
        services.AddScoped<AuditTrail>();
        services.AddCertificateStore();
        services.AddCertificates();
        // An export row may carry an applicant's facts (ExportFieldKeys.EconomicBenefit).
        Application.Facts.FactsServiceCollectionExtensions.AddFacts(services);
        services.AddSingleton(Domain.Eligibility.Honours.HonourVocabulary.Empty);
        services.AddSingleton<Application.Facts.FactsCsvImporter>();
        services.AddScoped<Application.Applications.ApplicantFactsLoader>();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();

        var enterprise = await RegisterAsync(database, "甲机械有限公司", creditCode);
        var hired = new List<Employee>();
        await using (var db = database.NewContext())
        {
            for (var i = 1; i <= employees; i++)
            {
                var employee = Employee.Hire(enterprise, Record(i));
                db.Employees.Add(employee);
                hired.Add(employee);
            }
            await db.SaveChangesAsync();
        }
        return new CertificateWorld(database, provider, enterprise, hired);
    }

    public static async Task<Guid> RegisterAsync(TestDatabase database, string name, string creditCode)
    {
        await using var db = database.NewContext();
        var enterprise = RegisteredEnterprise.Register(new EnterpriseRegistration(name, creditCode, EvaluatorType.Employer, "0000",
            "32", "000123", "江苏省职业技能鉴定中心", "苏评备-0001", new DateOnly(2026, 1, 5)), DateTimeOffset.UtcNow);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return enterprise.Id;
    }

    /// <summary>A fresh scope: its own DbContext and connection, as a separate request or worker would have.</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public IssueCandidate Candidate(int employeeIndex, Guid cycleId, DateOnly? issueDate = null) => new(
        EnterpriseId, cycleId, Employees[employeeIndex].Id, "6-18-01-01", "车工", "数控车工", SkillLevel.GrandTechnician,
        issueDate ?? new DateOnly(2026, 11, 20),
        [new("业绩评审", 85.5m), new("口头答辩", 90m)]);

    public async Task<IReadOnlyList<Certificate>> IssueAsync(params IssueCandidate[] candidates)
    {
        await using var scope = Scope();
        return (await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(candidates, "test")).Issued;
    }

    public static EmployeeRecord Record(int i) => new(
        $"E{i:00000}", $"职工{i}", IdNumber(new DateOnly(1970, 1, 1).AddDays(i * 7), i), "机加车间", "6-18-01-01", "车工", "数控车工",
        SkillLevel.SeniorTechnician, new DateOnly(2015, 1, 1), null, new DateOnly(1990, 7, 1), "大专", null, null, null, "13800138000", null);

    /// <summary>A valid GB 11643 number (Beijing Chaoyang area code) with the check digit computed.</summary>
    public static string IdNumber(DateOnly birth, int sequence)
    {
        var body = $"110105{birth:yyyyMMdd}{sequence % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, k) => (c - '0') * weights[k]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
