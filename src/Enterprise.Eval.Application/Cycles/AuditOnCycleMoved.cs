using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Cycles.Events;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// The audit record of each new entry of a cycle's history (cycle.Drafted, cycle.WindowOpened …), by whoever the entry
/// names (HR, or the scheduler for a step it took), committed with the step in the cycle's save.
/// </summary>
public sealed class AuditOnCycleMoved(AuditTrail audit) : IDomainEventHandler<CycleMoved>
{
    public Task HandleAsync(CycleMoved e, EventContext context, CancellationToken ct)
    {
        var entry = e.Entry;
        audit.Record(e.Cycle.EnterpriseId, entry.By, "cycle." + entry.What, nameof(EvaluationCycle), e.Cycle.Id.ToString(),
            new { Status = entry.From }, new { Status = entry.To, entry.At, entry.LateBy, entry.Note });
        return Task.CompletedTask;
    }
}
