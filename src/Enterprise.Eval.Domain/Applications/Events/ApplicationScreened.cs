using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>
/// The closing screening moved a submitted application on: Screened, Held for HR or Ineligible
/// (<see cref="ApplicationTransition.To"/>), on this verdict and gate finding.
/// </summary>
public sealed record ApplicationScreened(SkillApplication Application, ApplicationTransition Transition, Verdict Verdict, GateFinding Gate) : IDomainEvent;
