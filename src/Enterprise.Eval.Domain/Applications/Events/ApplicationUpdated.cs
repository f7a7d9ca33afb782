using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>The applicant changed the form while the window was open; the status stays.</summary>
public sealed record ApplicationUpdated(SkillApplication Application, ApplicationTransition Transition) : IDomainEvent;
