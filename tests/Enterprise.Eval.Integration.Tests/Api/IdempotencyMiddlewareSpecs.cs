using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Idempotency;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Enterprise.Eval.Worker.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>The middleware around a handler the test controls, on a migrated SQLite file, as the administrator.</summary>
public sealed class IdempotencyMiddlewareSpecs : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789";
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<EvalDbContext>(b => PersistenceServiceCollectionExtensions.Configure(b, _database.Options));
        services.AddScoped<IEvalDbContext>(sp => sp.GetRequiredService<EvalDbContext>());
        services.AddScoped<IdempotencyStore>();
        services.AddOptions<HttpOptions>().Configure(o => o.AdminKey = AdminKey);
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EvalDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<HttpContext> SendAsync(RequestDelegate handler, string method = "POST", string body = "{}")
    {
        await using var scope = _services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Method = method;
        http.Request.Path = "/api/admin/enterprises";
        http.Request.Headers[EnterpriseScope.Header] = AdminKey;
        http.Request.Headers[IdempotencyMiddleware.Header] = "key-1";
        http.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        http.Response.Body = new MemoryStream();
        await new IdempotencyMiddleware(handler).InvokeAsync(http);
        return http;
    }

    private static RequestDelegate Answering(int status, Counter counter) => async http =>
    {
        counter.Calls++;
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync("{\"n\":" + counter.Calls + "}");
    };

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ServerError_IsNotKept_TheRetryRunsTheHandlerAgain(int status)
    {
        var counter = new Counter();
        await SendAsync(Answering(status, counter));
        var retry = await SendAsync(Answering(201, counter));

        Assert.Equal(2, counter.Calls);
        Assert.Equal(201, retry.Response.StatusCode);
        Assert.False(retry.Response.Headers.ContainsKey(IdempotencyMiddleware.ReplayedHeader));
    }

    [Fact]
    public async Task ThrowingHandler_ReleasesTheKey()
    {
        var counter = new Counter();
        await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(_ => throw new InvalidOperationException("boom")));
        await SendAsync(Answering(201, counter));

        Assert.Equal(1, counter.Calls);
    }

    [Fact]
    public async Task ClientError_IsKept_AndReplayedWithoutRunningTheHandler()
    {
        var counter = new Counter();
        await SendAsync(Answering(422, counter));
        var retry = await SendAsync(Answering(201, counter));

        Assert.Equal(1, counter.Calls);
        Assert.Equal(422, retry.Response.StatusCode);
        Assert.Equal("true", retry.Response.Headers[IdempotencyMiddleware.ReplayedHeader].ToString());
        retry.Response.Body.Position = 0;
        Assert.Equal("{\"n\":1}", await new StreamReader(retry.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Put_IsCoveredToo_GetIsNot()
    {
        var counter = new Counter();
        await SendAsync(Answering(200, counter), "PUT");
        await SendAsync(Answering(200, counter), "PUT");
        await SendAsync(Answering(200, counter), "GET");

        Assert.Equal(2, counter.Calls);
    }

    private sealed class Counter
    {
        public int Calls { get; set; }
    }
}
