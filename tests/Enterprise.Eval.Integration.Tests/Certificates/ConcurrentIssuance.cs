using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Certificates;

/// <summary>Gapless serials under concurrency: two issuers, each with its own DbContext and connection, one transaction per certificate.</summary>
public abstract class ConcurrentIssuance
{
    protected abstract Task<TestDatabase> NewDatabaseAsync();

    [Fact]
    public async Task TwoParallelIssuers_500Each_Produce1000DistinctNumbersWithSerials1To1000AndNoGaps()
    {
        await using var world = await CertificateWorld.CreateAsync(await NewDatabaseAsync(), employees: 1000);
        var cycle = Guid.NewGuid();

        async Task IssueRange(int from)
        {
            for (var i = from; i < from + 500; i++)
            {
                await using var scope = world.Scope();
                var outcome = await scope.ServiceProvider.GetRequiredService<CertificateIssuer>()
                    .IssueAsync([world.Candidate(i, cycle)], "worker-" + from);
                Assert.Single(outcome.Issued);
            }
        }

        await Task.WhenAll(Task.Run(() => IssueRange(0)), Task.Run(() => IssueRange(500)));

        await using var db = world.Database.NewContext();
        var numbers = (await db.Certificates.AsNoTracking().ToListAsync()).Select(c => c.Number).ToList();
        Assert.Equal(1000, numbers.Count);
        Assert.Equal(1000, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 1000), numbers.Select(n => n.Serial).Order());
        Assert.Single(numbers.Select(n => n.Scope.Prefix).Distinct());
        Assert.Equal(1000, await db.AuditRecords.CountAsync(a => a.Action == "certificate.issued"));
    }
}

public sealed class ConcurrentIssuanceOnSqlite : ConcurrentIssuance
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

[Collection("postgres")]
public sealed class ConcurrentIssuanceOnPostgres(PostgresFixture postgres) : ConcurrentIssuance
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);
}
