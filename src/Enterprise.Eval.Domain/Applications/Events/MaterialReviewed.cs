using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>HR accepted a version of an item, or returned it with a reason (<see cref="ItemName"/> as the scheme names it).</summary>
public sealed record MaterialReviewed(SkillApplication Application, MaterialFile File, bool Accepted, string ItemName) : IDomainEvent;
