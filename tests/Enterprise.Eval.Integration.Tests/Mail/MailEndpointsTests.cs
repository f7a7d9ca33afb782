using System.Net;
using System.Net.Http.Json;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Worker.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>/api/mail in process, on the test host's database: each key sees and retries only its own enterprise's mails.</summary>
public sealed class MailEndpointsTests
{
    private static readonly Dictionary<string, object?> Model = new() { ["cycleName"] = "2026年度特级技师评价" };

    [Fact]
    public async Task GetFailed_ListsOnlyTheCallersMails()
    {
        await using var host = await MailTestHost.StartAsync();
        var (other, _) = await host.RegisterEnterpriseAsync("成都精密仪器有限公司", "91512081MA62K0260E", "51");
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", [MailRecipient.ForEmployee("E001", "张三", null)], Model);
        await host.NotifyAsync(other, MailEvent.WindowOpened, "c1", [MailRecipient.ForEmployee("E009", "王五", null)], Model);
        await using var app = await ApiAsync(host);
        using var client = Client(app, host.ApiKey);

        var failed = await client.GetFromJsonAsync<List<FailedMail>>("/api/mail/failed");

        var only = Assert.Single(failed!);
        Assert.Equal("张三", only.RecipientName);
        Assert.Equal(host.EnterpriseId, only.EnterpriseId);
    }

    [Fact]
    public async Task PostRetry_RequeuesTheCallersFailedMail_AndHidesAnotherEnterprises()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["MaxAttempts"] = "1" }, new RefusingSender());
        var (other, _) = await host.RegisterEnterpriseAsync("成都精密仪器有限公司", "91512081MA62K0260E", "51");
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", [MailRecipient.ForAddress("hr@jinggong.example", "人力资源部")], Model);
        await host.NotifyAsync(other, MailEvent.WindowOpened, "c1", [MailRecipient.ForAddress("hr@jingmi.example", "人力资源部")], Model);
        await host.Dispatcher.DrainAsync();
        var rows = await host.MessagesAsync();
        Assert.All(rows, m => Assert.Equal(OutboxStatus.Failed, m.Status));
        await using var app = await ApiAsync(host);
        using var client = Client(app, host.ApiKey);

        var own = await client.PostAsync($"/api/mail/{rows.Single(m => m.EnterpriseId == host.EnterpriseId).Id}/retry", null);
        var foreign = await client.PostAsync($"/api/mail/{rows.Single(m => m.EnterpriseId == other).Id}/retry", null);
        using var anonymous = Client(app, null);
        var unauthenticated = await anonymous.GetAsync("/api/mail/failed");

        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        var after = await host.MessagesAsync();
        Assert.Equal(OutboxStatus.Pending, after.Single(m => m.EnterpriseId == host.EnterpriseId).Status);
        Assert.Equal(OutboxStatus.Failed, after.Single(m => m.EnterpriseId == other).Status);
    }

    private static async Task<WebApplication> ApiAsync(MailTestHost host)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        MailTestHost.Register(builder.Services, host.Configuration, host.Clock, host.DatabasePath);
        builder.Services.AddApi();
        var app = builder.Build();
        app.UseApi();
        app.MapMailEndpoints();
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app, string? key)
    {
        var client = app.GetTestClient();
        if (key is not null) client.DefaultRequestHeaders.Add(EnterpriseScope.Header, key);
        return client;
    }

    private sealed class RefusingSender : IMailSender
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken ct) => throw new InvalidOperationException("550 mailbox unavailable");
    }
}
