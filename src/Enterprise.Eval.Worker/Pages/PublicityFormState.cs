using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// What the objection form shows again after a refused submission: the messages and the values typed. The contact
/// is never echoed back, since it is often a phone number and the page must never show one.
/// </summary>
public sealed record PublicityFormState(
    IReadOnlyList<FieldError> Errors, string? EntryId = null, string? Text = null, string? Name = null, int? ReceivedNumber = null)
{
    public static readonly PublicityFormState Empty = new([]);

    public string? MessageFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
