using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Mail;

public sealed class OutboxMigrationTests
{
    [Fact]
    public async Task Migrations_LeaveNoPendingModelChanges_WithTheOutboxOnSqlite()
    {
        await using var host = await MailTestHost.StartAsync();

        var pending = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<EvalDbContext>().Database.HasPendingModelChanges()));
        var applied = await host.InScopeAsync(async sp => (await sp.GetRequiredService<EvalDbContext>().Database.GetAppliedMigrationsAsync()).ToList());

        Assert.False(pending);
        Assert.Contains("20261121000500_Outbox", applied);
    }
}
