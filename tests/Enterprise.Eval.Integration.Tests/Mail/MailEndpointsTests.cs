using System.Net;
using System.Net.Http.Json;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>/api/mail on the real service (a <see cref="CycleHost"/>): each key sees and retries only its own enterprise's mails.</summary>
public sealed class MailEndpointsTests : IAsyncLifetime
{
    private static readonly Dictionary<string, object?> Model = new() { ["cycleName"] = "2026年度特级技师评价" };

    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private CycleHost _host = null!;

    public async Task InitializeAsync() =>
        // Nothing listens on port 9 of the loopback: every send fails at once, and after one attempt a mail is Failed.
        // The background loop idles for an hour after its first empty pass, so only the specs' own drains send.
        _host = await CycleHost.StartAsync(_database, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Mail:Delivery"] = "Smtp", ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = "9", ["Mail:UseStartTls"] = "false",
            ["Mail:MaxAttempts"] = "1", ["Mail:PollSeconds"] = "3600", ["Mail:TimeoutSeconds"] = "5", ["Mail:MessagesPerSecond"] = "0",
        });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task GetFailed_ListsOnlyTheCallersMails()
    {
        var (own, key) = await _host.RegisterAsync("福州精工机械有限公司", "91350100M000100Y43");
        var (other, _) = await _host.RegisterAsync("成都精密仪器有限公司", "91512081MA62K0260E");
        await NotifyAsync(own, MailRecipient.ForEmployee("E001", "张三", null));
        await NotifyAsync(other, MailRecipient.ForEmployee("E009", "王五", null));

        var failed = await _host.Client(key).GetFromJsonAsync<Worker.Api.ListPage<FailedMail>>("/api/mail/failed");

        var only = Assert.Single(failed!.Items);
        Assert.Equal("张三", only.RecipientName);
        Assert.Equal(own, only.EnterpriseId);
    }

    [Fact]
    public async Task PostRetry_RequeuesTheCallersFailedMail_AndHidesAnotherEnterprises()
    {
        var (own, key) = await _host.RegisterAsync("福州精工机械有限公司", "91350100M000100Y43");
        var (other, _) = await _host.RegisterAsync("成都精密仪器有限公司", "91512081MA62K0260E");
        await NotifyAsync(own, MailRecipient.ForAddress("hr@jinggong.example", "人力资源部"));
        await NotifyAsync(other, MailRecipient.ForAddress("hr@jingmi.example", "人力资源部"));
        await _host.Services.GetRequiredService<MailDispatcher>().DrainAsync();
        var rows = await MessagesAsync();
        Assert.All(rows, m => Assert.Equal(OutboxStatus.Failed, m.Status));
        var client = _host.Client(key);

        var retried = await client.PostAsync($"/api/mail/{rows.Single(m => m.EnterpriseId == own).Id}/retry", null);
        var foreign = await client.PostAsync($"/api/mail/{rows.Single(m => m.EnterpriseId == other).Id}/retry", null);
        var unauthenticated = await _host.Client().GetAsync("/api/mail/failed");

        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        var after = await MessagesAsync();
        Assert.Equal(OutboxStatus.Pending, after.Single(m => m.EnterpriseId == own).Status);
        Assert.Equal(OutboxStatus.Failed, after.Single(m => m.EnterpriseId == other).Status);
    }

    private async Task NotifyAsync(Guid enterpriseId, MailRecipient recipient)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MailOutbox>().AddAsync(new Notification(MailEvent.WindowOpened, enterpriseId, "c1", [recipient], Model));
        await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().SaveChangesAsync();
    }

    private async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var db = _database.NewContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }
}
