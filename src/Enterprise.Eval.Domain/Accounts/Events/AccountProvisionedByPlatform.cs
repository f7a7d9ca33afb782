using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts.Events;

/// <summary>The HR platform signed in a person no account knew: the account was made from the platform's claims.</summary>
public sealed record AccountProvisionedByPlatform(ConsoleAccount Account) : IDomainEvent;
