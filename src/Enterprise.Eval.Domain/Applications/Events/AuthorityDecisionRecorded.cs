using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>
/// The authority that issues the scheme's certificate decided on a submitted applicant (issue 19 point 2): Certified
/// with <see cref="SkillApplication.AuthorityCertificateNumber"/>, or AuthorityDeclined with its reason.
/// </summary>
public sealed record AuthorityDecisionRecorded(SkillApplication Application, ApplicationTransition Transition) : IDomainEvent;
