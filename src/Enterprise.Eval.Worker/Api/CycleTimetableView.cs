using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

public sealed record CycleTimetableView(
    string WindowOpensAt, string WindowClosesAt, string ReviewEndsAt, string PublicityStartsAt, string PublicityEndsAt,
    int PublicityWorkdays, string Publicity, string CertificatesDueAt)
{
    public static CycleTimetableView Of(CycleTimetable t) => new(
        ChinaTime.FormatInstant(t.WindowOpensAt), ChinaTime.FormatInstant(t.WindowClosesAt), ChinaTime.FormatInstant(t.ReviewEndsAt),
        ChinaTime.FormatInstant(t.PublicityStartsAt), $"{ChinaTime.FormatDate(t.PublicityEndDate)} 24:00", t.PublicityWorkdays,
        t.PublicityText, ChinaTime.FormatInstant(t.CertificatesDueAt));
}
