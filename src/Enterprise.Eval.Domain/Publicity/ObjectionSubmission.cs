namespace Enterprise.Eval.Domain.Publicity;

/// <summary>What a member of staff typed into the objection form, untrusted and unvalidated.</summary>
public sealed record ObjectionSubmission(Guid ApplicationId, string? Text, string? ObjectorName, string? ObjectorContact);
