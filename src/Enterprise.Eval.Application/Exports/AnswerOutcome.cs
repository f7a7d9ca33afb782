using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Application.Exports;

/// <summary>
/// The batch after the province's answer, and whether the cycle's latest batch of every adapter is now accepted: the
/// signal for the cycle to move to Reported (the cycles feature acts on it).
/// </summary>
public sealed record AnswerOutcome(ExportBatch Batch, bool AllAccepted);
