using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>
/// What is known about one applicant. Every fact nobody gave stays null (UNKNOWN) — never false, never empty —
/// so a verdict can tell "not met" from "not known" and list the missing facts. An empty collection means HR said
/// there is nothing (no bans, no achievements).
/// </summary>
public sealed record ApplicantFacts
{
    public required string EmployeeNumber { get; init; }
    public string? Name { get; init; }

    public SkillLevel? LevelHeld { get; init; }
    public DateOnly? LevelHeldSince { get; init; }
    /// <summary>Occupation code of the certificate of <see cref="LevelHeld"/>.</summary>
    public string? LevelOccupationCode { get; init; }
    /// <summary>The occupation applied for; null means the same as the level's.</summary>
    public string? AppliedOccupationCode { get; init; }
    /// <summary>First day in the current post at <see cref="LevelHeld"/> (years in post count from here).</summary>
    public DateOnly? PostStartedOn { get; init; }
    public bool? StillInOccupation { get; init; }

    /// <summary>职称级别 on the roster's scale (<see cref="TitleRanks"/>: 无, 初级, 中级, 副高级, 正高级); aliases are normalised.</summary>
    public string? TitleRank
    {
        get;
        init => field = Normalise(value, TitleRanks.TryNormalise, TitleRanks.Ordered, nameof(TitleRank));
    }

    public string? TitleField { get; init; }

    /// <summary>学历 on the roster's scale (<see cref="EducationLevels"/>: 初中及以下 … 博士研究生); aliases are normalised.</summary>
    public string? Education
    {
        get;
        init => field = Normalise(value, EducationLevels.TryNormalise, EducationLevels.Ordered, nameof(Education));
    }
    public DateOnly? WorkStartedOn { get; init; }
    public DateOnly? BirthDate { get; init; }
    public Gender? Gender { get; init; }

    /// <summary>Appraisal grade by year; a year absent is unknown.</summary>
    public IReadOnlyDictionary<int, AppraisalGrade> Appraisals { get; init; } = new Dictionary<int, AppraisalGrade>();
    /// <summary>Continuing education completed (true) or not (false) by year; a year absent is unknown.</summary>
    public IReadOnlyDictionary<int, bool> ContinuingEducation { get; init; } = new Dictionary<int, bool>();
    public IReadOnlyList<AchievementRecord>? Achievements { get; init; }
    public IReadOnlyList<MisconductBan>? Bans { get; init; }
    /// <summary>HR attestations by item code.</summary>
    public IReadOnlyDictionary<string, Attestation> Attestations { get; init; } = new Dictionary<string, Attestation>();

    private delegate bool TryNormaliseScale(string? text, out string normalised);

    private static string? Normalise(string? value, TryNormaliseScale normalise, IReadOnlyList<string> scale, string name)
    {
        if (value is null) return null;
        return normalise(value, out var normalised)
            ? normalised
            : throw new ArgumentException($"“{value}” is not on the scale {string.Join("/", scale)}.", name);
    }

    /// <summary>Birth date and gender as the ID number states them (the roster must not disagree with it).</summary>
    public ApplicantFacts WithIdentity(ResidentIdNumber id) => this with { BirthDate = id.BirthDate, Gender = id.Gender };

    /// <summary>Records HR's yes/no on an item, replacing an earlier one.</summary>
    public ApplicantFacts WithAttestation(string item, bool confirmed, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        var attestations = Attestations.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        attestations[item] = new Attestation(confirmed, reason);
        return this with { Attestations = attestations };
    }
}
