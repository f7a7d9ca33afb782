namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// The outcome of reading a certificate number from outside: either the number, or every problem found.
/// A bad number typed by a user is an expected outcome, so it is a result and not an exception.
/// </summary>
public sealed class CertificateNumberParseResult
{
    private CertificateNumberParseResult(CertificateNumber? number, IReadOnlyList<CertificateNumberProblem> problems)
    {
        Number = number;
        Problems = problems;
    }

    public CertificateNumber? Number { get; }

    public IReadOnlyList<CertificateNumberProblem> Problems { get; }

    public bool IsValid => Number is not null;

    internal static CertificateNumberParseResult Valid(CertificateNumber number) => new(number, []);

    internal static CertificateNumberParseResult Invalid(IReadOnlyList<CertificateNumberProblem> problems) => new(null, problems);
}
