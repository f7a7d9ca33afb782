using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts.Events;

/// <summary>The invited person set a password through the invitation link.</summary>
public sealed record AccountActivated(ConsoleAccount Account) : IDomainEvent;
