namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>HR's recorded yes/no on an item no record can prove (职业道德, 身体条件, 突出贡献), always with a reason.</summary>
public sealed record Attestation
{
    public Attestation(bool confirmed, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("An attestation needs a reason.", nameof(reason));
        Confirmed = confirmed;
        Reason = reason.Trim();
    }

    public bool Confirmed { get; }
    public string Reason { get; }
}
