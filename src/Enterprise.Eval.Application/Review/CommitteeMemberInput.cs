using Enterprise.Eval.Domain.Review.Committees;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// A committee member as HR names them. A member is a person, not an API key: the HR platform later acts for them
/// by <see cref="MemberId"/>. Department and employee number drive the conflicts derived from the roster.
/// </summary>
public sealed record CommitteeMemberInput(
    Guid MemberId,
    string Name,
    CommitteeRole Role,
    bool IsExpert,
    string? Title,
    string? Unit,
    string? Department,
    string? EmployeeNumber = null);
