using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Worker.Api;

/// <summary>An application as shown: the roster's name and number, never the ID number or phone.</summary>
public sealed record ApplicationView(
    Guid Id, string Number, Guid CycleId, string EmployeeNumber, string EmployeeName, string Status, string StatusText, string? Education,
    string? Degree, string? Title, string? CurrentLevel, string? Unit, string? Department, string? Expertise, DateTimeOffset? PledgedAt,
    DateTimeOffset? SubmittedAt, bool IsFrozen, string? StatusReason, string? SubmissionVerdict, string? SubmissionSummary,
    string? ClosingVerdict, string? ClosingSummary, int Records, IReadOnlyList<ApplicationMaterialView> Materials,
    string? AppliedOccupationCode, string RosterOccupationCode)
{
    public static ApplicationView Of(SkillApplication a, Employee e) => new(
        a.Id, ApplicationMails.Number(a), a.CycleId, e.EmployeeNumber, e.Name, a.Status.ToString(), a.Status.Name(), a.Education, a.Degree,
        a.Title, a.CurrentLevel?.ChineseName(), a.Unit, a.Department, a.Expertise, a.PledgedAt, a.SubmittedAt, a.IsFrozen, a.StatusReason,
        a.SubmissionVerdict?.ToString(), a.SubmissionSummary, a.ClosingVerdict?.ToString(), a.ClosingSummary, a.Achievements.Count,
        a.Materials.OrderBy(m => m.ItemCode, StringComparer.Ordinal).ThenBy(m => m.Version).Select(ApplicationMaterialView.Of).ToList(),
        a.AppliedOccupationCode, e.OccupationCode);
}
