using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Worker.Api;

public sealed record ApplicationBody(
    string EmployeeNumber, string? Education, string? Degree, string? Title, string? CurrentLevel, string? Unit, string? Department,
    string? Expertise, string? EducationHistory, string? WorkHistory, string? Achievements, string? Awards, bool Pledged,
    IReadOnlyList<AchievementBody>? Records, bool? StillInOccupation = null, string? AppliedOccupationCode = null)
{
    public SubmitApplicationRequest ToRequest()
    {
        SkillLevel? level = null;
        if (!string.IsNullOrWhiteSpace(CurrentLevel))
            level = SkillLevels.TryParse(CurrentLevel, out var parsed) ? parsed : throw new ArgumentException($"currentLevel“{CurrentLevel}”不是有效的技能等级");
        var form = new ApplicationForm
        {
            Education = Education, Degree = Degree, Title = Title, CurrentLevel = level, Unit = Unit, Department = Department, Expertise = Expertise,
            EducationHistory = EducationHistory, WorkHistory = WorkHistory, AchievementsText = Achievements, Awards = Awards, Pledged = Pledged,
            StillInOccupation = StillInOccupation, AppliedOccupationCode = AppliedOccupationCode,
        };
        return new SubmitApplicationRequest(EmployeeNumber ?? "", form, (Records ?? []).Select(r => r.ToRecord()).ToList());
    }
}
