namespace Enterprise.Eval.Application.Cycles;

/// <summary>How many triggers a reconcile pass armed and removed.</summary>
public sealed record ReconcileReport(int Created, int Removed);
