using Enterprise.Eval.Application.Cycles;

namespace Enterprise.Eval.Worker.Api;

public sealed record CycleCreateRequest(
    Guid SchemeId, int Year, string WindowOpensAt, string WindowClosesAt, string ReviewEndsAt, string? PublicityStartsAt,
    int? PublicityWorkdays, string? CertificatesDueAt)
{
    public CreateCycleRequest ToRequest() => new(
        SchemeId, Year,
        CycleEndpoints.ParseInstant(WindowOpensAt, "windowOpensAt"),
        CycleEndpoints.ParseInstant(WindowClosesAt, "windowClosesAt"),
        CycleEndpoints.ParseInstant(ReviewEndsAt, "reviewEndsAt"),
        PublicityStartsAt is null ? null : CycleEndpoints.ParseInstant(PublicityStartsAt, "publicityStartsAt"),
        PublicityWorkdays,
        CertificatesDueAt is null ? null : CycleEndpoints.ParseInstant(CertificatesDueAt, "certificatesDueAt"));
}
