namespace Enterprise.Eval.Domain.Common;

/// <summary>An event with the order it was recorded in, across every aggregate of the process.</summary>
public readonly record struct RecordedDomainEvent(long Order, IDomainEvent Event);
