using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Benchmarks.Screening;

/// <summary>
/// What HR adds to a roster row before screening: the facts CSV's records (appraisals, achievements) and the points
/// the roster cannot hold (still in the trade, bans, attestations, title field).
/// </summary>
internal sealed record HrStatement(
    EmployeeFactRecords Records,
    bool? StillInOccupation,
    IReadOnlyList<MisconductBan> Bans,
    IReadOnlyDictionary<string, Attestation> Attestations,
    string? TitleField);
