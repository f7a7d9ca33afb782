using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Publicity;

/// <summary>An objection recorded, or the reasons it was not (outside the period, empty text, name missing …).</summary>
public sealed record ObjectionReceipt(PublicityObjection? Objection, IReadOnlyList<FieldError> Errors)
{
    public bool Accepted => Objection is not null;
}
