namespace Enterprise.Eval.Domain.Certificates;

/// <summary>Where a file handed to the province stands: waiting for its answer, accepted, or sent back.</summary>
public enum ExportBatchStatus
{
    Pending,
    Accepted,
    Rejected,
}
