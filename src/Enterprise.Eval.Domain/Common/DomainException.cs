namespace Enterprise.Eval.Domain.Common;

/// <summary>A broken invariant. Carries a stable code (EVAL-…) and a Chinese message for the user.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message) : base(message) => Code = code;

    public string Code { get; }
}
