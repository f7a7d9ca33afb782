using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// A cycle's timetable: each instant in ISO 8601 with China's offset (what a program reads and may send back as is),
/// with the Chinese display text beside it (<c>…Text</c>, what a person reads). The publicity ends at the end of its
/// last day: 24:00 of that day for people, 00:00 of the next day as an instant.
/// </summary>
public sealed record CycleTimetableView(
    DateTimeOffset WindowOpensAt, string WindowOpensAtText, DateTimeOffset WindowClosesAt, string WindowClosesAtText,
    DateTimeOffset ReviewEndsAt, string ReviewEndsAtText, DateTimeOffset PublicityStartsAt, string PublicityStartsAtText,
    DateTimeOffset PublicityEndsAt, string PublicityEndsAtText, DateOnly PublicityEndDate, int PublicityWorkdays, string Publicity,
    DateTimeOffset CertificatesDueAt, string CertificatesDueAtText)
{
    public static CycleTimetableView Of(CycleTimetable t) => new(
        t.WindowOpensAt, ApiInstants.Text(t.WindowOpensAt), t.WindowClosesAt, ApiInstants.Text(t.WindowClosesAt),
        t.ReviewEndsAt, ApiInstants.Text(t.ReviewEndsAt), t.PublicityStartsAt, ApiInstants.Text(t.PublicityStartsAt),
        t.PublicityEndsAt, $"{ChinaTime.FormatDate(t.PublicityEndDate)} 24:00", t.PublicityEndDate,
        t.PublicityWorkdays, t.PublicityText, t.CertificatesDueAt, ApiInstants.Text(t.CertificatesDueAt));
}
