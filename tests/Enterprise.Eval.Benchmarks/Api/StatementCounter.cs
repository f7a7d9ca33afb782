using System.Diagnostics;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// Counts the SQL commands EF Core executes in this process, from its DiagnosticListener ("CommandExecuted" and
/// "CommandError" events), so the product's statements per request are counted, not estimated. The scheduler's own
/// store (Hangfire, plain ADO) is not counted; the mail dispatcher's polls through EF Core are, a few per run.
/// </summary>
internal sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string ExecutedEvent = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private const string FailedEvent = "Microsoft.EntityFrameworkCore.Database.Command.CommandError";
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private long _count;

    public StatementCounter() => _allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    public long Count => Interlocked.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name != "Microsoft.EntityFrameworkCore") return;
        lock (_subscriptions)
            _subscriptions.Add(listener.Subscribe(this, (name, _, _) => name is ExecutedEvent or FailedEvent));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key is ExecutedEvent or FailedEvent) Interlocked.Increment(ref _count);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
            foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
