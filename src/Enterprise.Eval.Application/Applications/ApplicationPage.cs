using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Applications;

/// <summary>One page of a cycle's applications with their employees, ordered by employee number.</summary>
public sealed record ApplicationPage(IReadOnlyList<(SkillApplication Application, Employee Employee)> Items, int Total, int Page, int PageSize);
