using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Domain.Tests.Cycles;

internal sealed class InMemoryCycleRepository : ICycleRepository
{
    public Dictionary<Guid, EvaluationCycle> Cycles { get; } = [];

    public int Saves { get; private set; }

    public bool EnterpriseCanRun { get; set; } = true;

    /// <summary>When set, the next save fails with it (as when another worker saved first).</summary>
    public Exception? FailNextSave { get; set; }

    public void Add(EvaluationCycle cycle) => Cycles[cycle.Id] = cycle;

    public Task<EvaluationCycle?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Cycles.GetValueOrDefault(id));

    public Task<IReadOnlyList<EvaluationCycle>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EvaluationCycle>>(
            Cycles.Values.Where(c => c.Status is not (CycleStatus.Draft or CycleStatus.Reported)).ToList());

    public Task<bool> CanRunAsync(EvaluationCycle cycle, CancellationToken cancellationToken) => Task.FromResult(EnterpriseCanRun);

    public Task SaveAsync(EvaluationCycle cycle, CancellationToken cancellationToken)
    {
        if (FailNextSave is { } failure)
        {
            FailNextSave = null;
            return Task.FromException(failure);
        }
        Saves++;
        return Task.CompletedTask;
    }
}
