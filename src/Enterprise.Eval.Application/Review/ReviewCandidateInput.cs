namespace Enterprise.Eval.Application.Review;

/// <summary>
/// A candidate handed to the review by its caller (at merge: the eligible applications of the cycle). Department
/// and line manager may be left empty: they are then taken from the roster entry of <see cref="EmployeeId"/>.
/// </summary>
public sealed record ReviewCandidateInput(
    Guid ApplicationId,
    Guid EmployeeId,
    string Name,
    string Gender,
    string? Unit,
    string? Department,
    string OccupationCode,
    string OccupationName,
    string Level,
    DateTimeOffset AppliedAt,
    string? LineManagerNumber = null,
    string? Region = null);
