using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// The 特级技师评审申报表 (seed 004 appendix) as the applicant fills it. Name, ID number, gender, birth date and contact
/// are the roster's and not repeated here. <see cref="Pledged"/> is the 本人承诺; it must be given to submit.
/// </summary>
public sealed record ApplicationForm
{
    public string? Education { get; init; }
    public string? Degree { get; init; }
    public string? Title { get; init; }
    public SkillLevel? CurrentLevel { get; init; }
    public string? Unit { get; init; }
    public string? Department { get; init; }
    public string? Expertise { get; init; }
    /// <summary>
    /// 申报职业（工种）: the 大典 code of the occupation applied for (6-18-01-01). Checked against the certificate held
    /// (004 一(三) 特级技师职业（工种）应当与高级技师相一致) and used by quotas, review and the certificate; null: the
    /// roster's occupation.
    /// </summary>
    public string? AppliedOccupationCode { get; init; }
    /// <summary>本人仍从事本职业（工种）工作: the applicant's statement on the 申报表 (seeds 003, 004); null when not stated.</summary>
    public bool? StillInOccupation { get; init; }
    public string? EducationHistory { get; init; }
    public string? WorkHistory { get; init; }
    public string? AchievementsText { get; init; }
    public string? Awards { get; init; }
    public bool Pledged { get; init; }
}
