using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>The applicant withdrew while the window was open (the reason is the transition's note).</summary>
public sealed record ApplicationWithdrawn(SkillApplication Application, ApplicationTransition Transition) : IDomainEvent;
