using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Certificates.Events;

/// <summary>A file for an authority was written and recorded as a new batch.</summary>
public sealed record ExportBatchRecorded(ExportBatch Batch) : IDomainEvent;

/// <summary>The same file was written again (same bytes): no new batch, but who asked for it when is on record.</summary>
public sealed record ExportBatchRepeated(ExportBatch Batch) : IDomainEvent;

/// <summary>The authority's answer was recorded: accepted, or rejected with rows and a reason.</summary>
public sealed record ExportBatchAnswered(ExportBatch Batch) : IDomainEvent;
