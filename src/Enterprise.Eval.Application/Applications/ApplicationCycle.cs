using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.SchemeDocuments;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Applications;

/// <summary>A cycle as applications see it: its parsed scheme and its window.</summary>
public sealed record ApplicationCycle(EvaluationCycle Cycle, SchemeDocument Document, Scheme Scheme, ApplicationWindow Window)
{
    public DateOnly WindowCloseDate => Domain.Common.ChinaTime.DateOf(Window.ClosesAt);

    public string Name => Document.Title;
}
