using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Domain.Tests.Cycles;

internal sealed class InMemoryCycleRepository : ICycleRepository
{
    public Dictionary<Guid, EvaluationCycle> Cycles { get; } = [];

    public int Saves { get; private set; }

    public void Add(EvaluationCycle cycle) => Cycles[cycle.Id] = cycle;

    public Task<EvaluationCycle?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Cycles.GetValueOrDefault(id));

    public Task<IReadOnlyList<EvaluationCycle>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EvaluationCycle>>(
            Cycles.Values.Where(c => c.Status is not (CycleStatus.Draft or CycleStatus.Reported)).ToList());

    public Task SaveAsync(EvaluationCycle cycle, CancellationToken cancellationToken)
    {
        Saves++;
        return Task.CompletedTask;
    }
}
