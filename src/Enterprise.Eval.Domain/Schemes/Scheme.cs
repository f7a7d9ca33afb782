using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// An enterprise's 工作方案 for one yearly evaluation: every rule a seed states as a number or a list lives here, so
/// the engine itself knows no province. Built by the scheme file parser, which has already validated it.
/// </summary>
public sealed record Scheme
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Region { get; init; }
    public required int Year { get; init; }
    public required SkillLevel TargetLevel { get; init; }
    public IReadOnlyList<SchemeOccupation> Occupations { get; init; } = [];
    public ReferenceDateRule ReferenceDate { get; init; } = ReferenceDateRule.WindowClose;
    public required EligibilityRules Eligibility { get; init; }
    public IReadOnlyList<SchemeReviewStage> ReviewStages { get; init; } = [];
    /// <summary>How many optional stages the enterprise must choose (江苏 004 二(四): at least one).</summary>
    public ReviewRequirement Review { get; init; } = ReviewRequirement.None;
    public CompositionRules? Committee { get; init; }
    public VotingRules? Vote { get; init; }
    public QuotaRules Quotas { get; init; } = QuotaRules.None;
    /// <summary>Publicity, window and review minimums, in the cycle domain's own type.</summary>
    public TimetableRules Timetable { get; init; } = TimetableRules.Default;
    /// <summary>A window the notice fixes to the minute; null where the enterprise sets its own dates.</summary>
    public NoticeWindow? Window { get; init; }
    public MaterialRules Materials { get; init; } = MaterialRules.None;

    /// <summary>Years an applicant found to have cheated is barred (江苏 5, 南通 3); null where the seed states none.</summary>
    public int? MisconductBanYears { get; init; }

    /// <summary>
    /// Years a credit record (诚信记录) is kept for an applicant found to have cheated, where the seed records one
    /// without barring applications (南通 002 二(六)); null where it states none.
    /// </summary>
    public int? MisconductCreditRecordYears { get; init; }

    public ObjectionRules Objections { get; init; } = new();

    /// <summary>Who issues the certificate, and how an authority's number is checked (issue 19 point 2).</summary>
    public CertificateRules Certificate { get; init; } = CertificateRules.Enterprise;

    /// <summary>Whether the scheme must be assessed (方案报审) by the authority before it may be used.</summary>
    public bool AssessmentRequired { get; init; }

    /// <summary>
    /// The last day (inclusive, China date) by which the assessor is to decide, where the scheme states one (江苏: 004 三
    /// 时序进度, 1月上旬); null where it states none, and then no submission is ever overdue.
    /// </summary>
    public DateOnly? AssessmentDeadline { get; init; }

    public bool IsListedOccupation(string occupationCode) =>
        Occupations.Count == 0 || Occupations.Any(o => string.Equals(o.Code, occupationCode, StringComparison.Ordinal));
}
