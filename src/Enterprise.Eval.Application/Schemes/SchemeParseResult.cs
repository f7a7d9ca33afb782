using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>A scheme when the file is valid; otherwise null and every error found (never only the first).</summary>
public sealed record SchemeParseResult(Scheme? Scheme, IReadOnlyList<SchemeError> Errors)
{
    public bool IsValid => Scheme is not null && Errors.Count == 0;
}
