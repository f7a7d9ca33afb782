namespace Enterprise.Eval.Application.Publicity;

/// <summary>
/// How a publicity start is announced: who started it, where the page is (for the mail to candidates), another way
/// to object shown on the page (an office, a mailbox; never a phone number) and HR's mailbox for held ends.
/// </summary>
public sealed record PublicityStartOptions(string Actor, string? PublicUrlBase = null, string? ObjectionContact = null, string? HrEmail = null);
