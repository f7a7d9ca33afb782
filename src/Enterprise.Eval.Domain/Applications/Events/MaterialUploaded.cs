using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>A checked, stored file became the next version of its item.</summary>
public sealed record MaterialUploaded(SkillApplication Application, MaterialFile File) : IDomainEvent;
