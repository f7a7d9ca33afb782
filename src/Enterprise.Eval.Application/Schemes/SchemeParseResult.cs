using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// A scheme when the file is valid; otherwise null and every error found (never only the first). Readings state how
/// each vote and pass threshold was understood.
/// </summary>
public sealed record SchemeParseResult(Scheme? Scheme, IReadOnlyList<SchemeError> Errors)
{
    public IReadOnlyList<ThresholdReading> Readings { get; init; } = [];

    public bool IsValid => Scheme is not null && Errors.Count == 0;
}
