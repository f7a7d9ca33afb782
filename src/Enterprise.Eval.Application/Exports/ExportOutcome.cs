using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Application.Exports;

/// <summary>The batch an export produced; <paramref name="Repeated"/> when the same file had been exported before (same batch).</summary>
public sealed record ExportOutcome(ExportBatch Batch, bool Repeated);
