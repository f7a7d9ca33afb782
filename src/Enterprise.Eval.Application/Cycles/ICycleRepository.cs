using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>Where cycles are kept. Implementations save the cycle and its new history entries in one transaction.</summary>
public interface ICycleRepository
{
    Task<EvaluationCycle?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Cycles that may still need a trigger: scheduled and not yet reported.</summary>
    Task<IReadOnlyList<EvaluationCycle>> ListActiveAsync(CancellationToken cancellationToken);

    Task SaveAsync(EvaluationCycle cycle, CancellationToken cancellationToken);
}
