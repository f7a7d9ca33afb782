using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>HR answered an item only a person can judge (or a required material), and the application was screened again.</summary>
public sealed record ApplicationAttested(SkillApplication Application, string Item, bool Confirmed, string? Reason, Verdict Verdict) : IDomainEvent;
