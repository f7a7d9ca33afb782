using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>
/// An application was submitted, for the first time (application.submitted) or again after a withdrawal
/// (application.resubmitted, <see cref="ApplicationTransition.Action"/>). The submission screening recorded on the
/// application before the save is part of it.
/// </summary>
public sealed record ApplicationSubmitted(SkillApplication Application, ApplicationTransition Transition) : IDomainEvent;
