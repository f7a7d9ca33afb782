namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// The instants an administrator proposes, to the minute. Publicity's end is not proposed: it is computed from
/// <see cref="PublicityWorkdays"/> on the working-day calendar.
/// </summary>
public sealed record TimetableRequest(
    DateTimeOffset WindowOpensAt,
    DateTimeOffset WindowClosesAt,
    DateTimeOffset ReviewEndsAt,
    DateTimeOffset PublicityStartsAt,
    int PublicityWorkdays,
    DateTimeOffset CertificatesDueAt);
