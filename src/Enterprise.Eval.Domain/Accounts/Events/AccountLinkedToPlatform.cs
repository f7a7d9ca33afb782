using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts.Events;

/// <summary>An invited account (same address) was linked to the platform identity that signed in.</summary>
public sealed record AccountLinkedToPlatform(ConsoleAccount Account) : IDomainEvent;
