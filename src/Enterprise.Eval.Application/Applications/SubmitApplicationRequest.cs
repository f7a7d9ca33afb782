using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Application.Applications;

/// <summary>An employee's 申报表 and achievement records, for one cycle.</summary>
public sealed record SubmitApplicationRequest(string EmployeeNumber, ApplicationForm Form, IReadOnlyList<AchievementRecord> Achievements);
