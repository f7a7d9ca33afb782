using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Roster;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Application.Exports;

/// <summary>Turns a certificate, its holder's roster record and the issuing enterprise into the plain row adapters write.</summary>
public static class ExportRowBuilder
{
    public const string ResidentIdCard = "居民身份证";

    /// <summary>Stage names in order of first appearance over the certificates (already in number order).</summary>
    public static IReadOnlyList<string> StageNames(IEnumerable<Certificate> certificates) =>
        [.. certificates.SelectMany(c => c.StageScores).Select(s => s.Stage).Distinct(StringComparer.Ordinal)];

    public static ExportRow Build(Certificate certificate, Employee holder, RegisteredEnterprise enterprise, bool fullIdNumbers) => new()
    {
        CertificateNumber = certificate.Number.Value,
        Name = certificate.HolderName,
        IdType = ResidentIdCard,
        IdNumber = fullIdNumbers ? holder.IdNumber : PersonalDataMask.IdNumber(holder.IdNumber),
        Gender = holder.Gender == Gender.Male ? "男" : "女",
        BirthDate = holder.BirthDate,
        Education = holder.Education,
        OccupationCode = certificate.OccupationCode,
        OccupationName = certificate.OccupationName,
        WorkType = certificate.WorkType,
        LevelName = certificate.Level.ChineseName(),
        LevelCode = certificate.Level.CertificateCode()?.ToString(),
        IssueDate = certificate.IssueDate,
        EvaluatorName = enterprise.Name,
        // Positions 1–13 of the number: evaluator type, code, province and site, which together name the evaluator site.
        EvaluatorCode = certificate.Number.Value[..13],
        EnterpriseName = enterprise.Name,
        Department = holder.Department,
        StageScores = certificate.StageScores.GroupBy(s => s.Stage, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Score),
    };
}
