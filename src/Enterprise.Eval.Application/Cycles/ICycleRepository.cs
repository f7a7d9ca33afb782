using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// Where cycles are kept. Implementations save the cycle, its new history entries and their audit in one transaction,
/// and refuse (with <see cref="CycleChangedElsewhereException"/>) a save based on a version another worker has moved.
/// </summary>
public interface ICycleRepository
{
    Task<EvaluationCycle?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Cycles that may still need a trigger: scheduled, not yet reported, of an enterprise that may run them.</summary>
    Task<IReadOnlyList<EvaluationCycle>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Whether the cycle's enterprise may still run evaluations (not suspended, not struck off).</summary>
    Task<bool> CanRunAsync(EvaluationCycle cycle, CancellationToken cancellationToken);

    Task SaveAsync(EvaluationCycle cycle, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a step together with the work that follows from it, atomically: a store with transactions commits both or
    /// neither. This default (for stores without transactions) saves, then runs the work.
    /// </summary>
    async Task SaveWithAsync(EvaluationCycle cycle, Func<CancellationToken, Task> alongside, CancellationToken cancellationToken)
    {
        await SaveAsync(cycle, cancellationToken);
        await alongside(cancellationToken);
    }
}
