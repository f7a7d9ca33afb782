using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>HR settled the last open item of a held application: it moves on to review (released) or leaves (ruled out).</summary>
public sealed record ApplicationReassessed(SkillApplication Application, ApplicationTransition Transition, Verdict Verdict, GateFinding Gate) : IDomainEvent;
