using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Application.Publicity;

/// <summary>One person the review recommends, handed to publicity by its caller. Carries nothing the notice may not show.</summary>
public sealed record PublicityCandidate(
    Guid ApplicationId, Guid EmployeeId, string Name, Gender Gender, string Department, string OccupationName, SkillLevel Level);
