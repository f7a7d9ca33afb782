using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts.Events;

/// <summary>An HR officer (or the administrator, for the first one) invited a person; the link is the only copy of the token.</summary>
public sealed record AccountInvited(ConsoleAccount Account) : IDomainEvent;
