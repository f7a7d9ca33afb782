using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts.Events;

/// <summary>The platform's claims now state another address, name or role for a linked account (the former ones are kept here).</summary>
public sealed record AccountChangedByPlatform(ConsoleAccount Account, string FormerEmail, string FormerDisplayName, ConsoleRole FormerRole) : IDomainEvent;
