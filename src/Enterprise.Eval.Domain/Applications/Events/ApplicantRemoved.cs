using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>
/// HR took the applicant out after the closing screening: disqualified for falsified materials (at any step, even
/// after the certificate) or ruled out by a later "no" on an item the scheme requires. The reason is the transition's note.
/// </summary>
public sealed record ApplicantRemoved(SkillApplication Application, ApplicationTransition Transition, DateTimeOffset At) : IDomainEvent;
