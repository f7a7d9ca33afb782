namespace Enterprise.Eval.Domain.Certificates;

/// <summary>One thing wrong with a certificate number: a stable code, the 1-based positions concerned and a Chinese sentence.</summary>
public sealed record CertificateNumberProblem(string Code, int FirstPosition, int LastPosition, string Message)
{
    public override string ToString() => $"{Code} {Message}";
}
