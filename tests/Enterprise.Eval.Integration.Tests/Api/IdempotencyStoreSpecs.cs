using Enterprise.Eval.Application.Idempotency;
using Enterprise.Eval.Integration.Tests.Mail;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>The Idempotency-Key records on a migrated database of each provider, on a clock the test moves.</summary>
public abstract class IdempotencyStoreSpecs : IAsyncLifetime
{
    private static readonly IdempotencyRequest Request = new("enterprise:1", "key-1", "POST", "/api/cycles", new string('a', 64));
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;

    protected abstract Task<TestDatabase> NewDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await NewDatabaseAsync();
        await using var db = _database.NewContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<IdempotencyOutcome> BeginAsync(IdempotencyRequest request)
    {
        await using var db = _database.NewContext();
        return await new IdempotencyStore(db, _clock).BeginAsync(request);
    }

    private async Task WithStoreAsync(Func<IdempotencyStore, Task> act)
    {
        await using var db = _database.NewContext();
        await act(new IdempotencyStore(db, _clock));
    }

    private static IdempotencyAnswer Created =>
        new(201, "application/json", [new("Location", "/api/cycles/1"), new("X-Export-Batch", "b1"), new("X-Export-Batch", "b2")], "{\"id\":1}"u8.ToArray());

    [Fact]
    public async Task Begin_WhileTheFirstRuns_SaysInProgress()
    {
        Assert.Equal(IdempotencyDecision.Run, (await BeginAsync(Request)).Decision);

        Assert.Equal(IdempotencyDecision.InProgress, (await BeginAsync(Request)).Decision);
    }

    [Fact]
    public async Task Begin_AfterCompletion_ReplaysTheAnswer()
    {
        var first = await BeginAsync(Request);
        await WithStoreAsync(s => s.CompleteAsync(first.RecordId, Created));

        var again = await BeginAsync(Request);

        Assert.Equal(IdempotencyDecision.Replay, again.Decision);
        Assert.Equal(201, again.Answer!.StatusCode);
        Assert.Equal("/api/cycles/1", again.Answer.Header("location"));
        Assert.Equal(Created.Headers, again.Answer.Headers);
        Assert.Equal(Created.Body, again.Answer.Body);
    }

    [Fact]
    public async Task Begin_AfterARelease_RunsAgain()
    {
        var first = await BeginAsync(Request);
        await WithStoreAsync(s => s.ReleaseAsync(first.RecordId));

        Assert.Equal(IdempotencyDecision.Run, (await BeginAsync(Request)).Decision);
    }

    [Fact]
    public async Task Begin_OtherBody_IsAMismatchEvenWhileRunning()
    {
        await BeginAsync(Request);

        Assert.Equal(IdempotencyDecision.Mismatch, (await BeginAsync(Request with { BodyHash = new string('b', 64) })).Decision);
    }

    [Fact]
    public async Task Begin_AfterTheLockRanOutWithoutAnAnswer_OneRetryTakesTheKeyOver()
    {
        var first = await BeginAsync(Request);
        _clock.Advance(IdempotencyStore.LockFor + TimeSpan.FromSeconds(1));

        var retry = await BeginAsync(Request);
        var another = await BeginAsync(Request);

        Assert.Equal(IdempotencyDecision.Run, retry.Decision);
        Assert.Equal(first.RecordId, retry.RecordId);
        Assert.Equal(IdempotencyDecision.InProgress, another.Decision);
    }

    [Fact]
    public async Task Records_Expire_After24Hours_AndCleanupDeletesThem()
    {
        var first = await BeginAsync(Request);
        await WithStoreAsync(s => s.CompleteAsync(first.RecordId, Created));
        _clock.Advance(TimeSpan.FromHours(23));
        var cleanedEarly = 0;
        await WithStoreAsync(async s => cleanedEarly = await s.CleanupAsync());
        _clock.Advance(TimeSpan.FromHours(1));
        var cleaned = 0;
        await WithStoreAsync(async s => cleaned = await s.CleanupAsync());

        Assert.Equal(0, cleanedEarly);
        Assert.Equal(1, cleaned);
        Assert.Equal(IdempotencyDecision.Run, (await BeginAsync(Request with { BodyHash = new string('b', 64) })).Decision);
    }

    [Fact]
    public async Task Begin_ExpiredRecordNotYetCleanedUp_IsIgnored()
    {
        var first = await BeginAsync(Request);
        await WithStoreAsync(s => s.CompleteAsync(first.RecordId, Created));
        _clock.Advance(IdempotencyStore.KeepFor);

        Assert.Equal(IdempotencyDecision.Run, (await BeginAsync(Request)).Decision);
    }

    [Fact]
    public async Task Keys_AreScopedToTheCaller()
    {
        await BeginAsync(Request);

        Assert.Equal(IdempotencyDecision.Run, (await BeginAsync(Request with { Scope = "admin" })).Decision);
    }
}

public sealed class IdempotencyStoreSpecsOnSqlite : IdempotencyStoreSpecs
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

[Collection("postgres")]
public sealed class IdempotencyStoreSpecsOnPostgres(PostgresFixture postgres) : IdempotencyStoreSpecs
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);
}
