using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// What the applicant is told at once: accepted with the screening verdict (route, missing facts, trace), or refused
/// with a stable code and a Chinese reason (outside the window, banned, quota full, applied already).
/// </summary>
public sealed record SubmissionResult(SkillApplication? Application, Verdict? Verdict, string? RefusalCode, string? RefusalMessage)
{
    public bool Accepted => Application is not null;

    public static SubmissionResult Refused(string code, string message) => new(null, null, code, message);
}
