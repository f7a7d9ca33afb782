using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>Holds cycles in memory for scheduler tests; the lead's EF repository replaces it in the product.</summary>
internal sealed class SingleCycleRepository : ICycleRepository
{
    private readonly Dictionary<Guid, EvaluationCycle> _cycles = [];
    private readonly Lock _gate = new();

    public void Add(EvaluationCycle cycle)
    {
        lock (_gate) _cycles[cycle.Id] = cycle;
    }

    public Task<EvaluationCycle?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_cycles.GetValueOrDefault(id));
    }

    public Task<IReadOnlyList<EvaluationCycle>> ListActiveAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<EvaluationCycle>>(
                _cycles.Values.Where(c => c.Status is not (CycleStatus.Draft or CycleStatus.Reported)).ToList());
    }

    public Task SaveAsync(EvaluationCycle cycle, CancellationToken cancellationToken) => Task.CompletedTask;
}
