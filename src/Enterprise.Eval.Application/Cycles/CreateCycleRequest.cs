namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// What HR gives to open a cycle: the stored scheme, the year and the timetable instants (China time is fine; they
/// are stored as UTC). Publicity's end is computed. Omitted publicity days take the scheme's minimum; an omitted
/// certificate due date is 30 days after publicity starts. A scheme without publicity (温州; issue 19 point 4) needs no
/// publicity start (one given is not used); one with publicity must have it.
/// </summary>
public sealed record CreateCycleRequest(
    Guid SchemeId,
    int Year,
    DateTimeOffset WindowOpensAt,
    DateTimeOffset WindowClosesAt,
    DateTimeOffset ReviewEndsAt,
    DateTimeOffset? PublicityStartsAt,
    int? PublicityWorkdays = null,
    DateTimeOffset? CertificatesDueAt = null);
