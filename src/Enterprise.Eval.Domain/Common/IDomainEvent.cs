namespace Enterprise.Eval.Domain.Common;

/// <summary>
/// Something an aggregate's transition did, recorded by the aggregate and handed to the application's handlers when
/// the unit of work is saved, inside the same transaction: a consequence commits with its transition or not at all.
/// </summary>
public interface IDomainEvent;
