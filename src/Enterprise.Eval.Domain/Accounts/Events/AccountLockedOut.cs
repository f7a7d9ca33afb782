using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Accounts.Events;

/// <summary>Too many wrong passwords in a row: the account is locked until <see cref="ConsoleAccount.LockedOutUntil"/>.</summary>
public sealed record AccountLockedOut(ConsoleAccount Account) : IDomainEvent;
