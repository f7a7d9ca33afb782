namespace Enterprise.Eval.Domain.Review;

/// <summary>
/// The answer to a committee action (score, vote, close a stage …). A refusal is an expected outcome — a recused
/// member trying to score, a late score on a closed stage — so it is a value with a stable code, not an exception.
/// </summary>
public sealed record ReviewOutcome(bool Accepted, string? Code, string? Message)
{
    public static readonly ReviewOutcome Ok = new(true, null, null);

    public static ReviewOutcome Refused(string code, string message) => new(false, code, message);

    public bool IsRefused => !Accepted;
}
