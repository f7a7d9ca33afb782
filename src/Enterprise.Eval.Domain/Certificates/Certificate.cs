using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// A 职业技能等级证书 issued by the enterprise. The number is its identity. Revoking keeps the record and the number
/// (numbers are never reused); it only records why and when.
/// </summary>
public sealed class Certificate
{
    // For the store: EF sets the properties through their backing fields.
    private Certificate()
    {
        Number = null!;
        HolderName = OccupationCode = OccupationName = "";
        StageScores = [];
    }

    private Certificate(Guid enterpriseId, Guid? cycleId, CertificateNumber number, Guid holderEmployeeId, string holderName,
        string occupationCode, string occupationName, string? workType, DateOnly issueDate, IReadOnlyList<CertificateStageScore> stageScores)
    {
        Id = Guid.NewGuid();
        EnterpriseId = enterpriseId;
        CycleId = cycleId;
        Number = number;
        HolderEmployeeId = holderEmployeeId;
        HolderName = holderName;
        OccupationCode = occupationCode;
        OccupationName = occupationName;
        WorkType = workType;
        IssueDate = issueDate;
        StageScores = stageScores;
    }

    public Guid Id { get; private set; }

    /// <summary>The issuing enterprise (the tenant).</summary>
    public Guid EnterpriseId { get; private set; }

    /// <summary>The evaluation cycle the certificate came out of, when issued from one.</summary>
    public Guid? CycleId { get; private set; }

    public CertificateNumber Number { get; }

    /// <summary>The holder's roster record (<c>Employee.Id</c>), not a personal ID number.</summary>
    public Guid HolderEmployeeId { get; }

    public string HolderName { get; }

    /// <summary>国家职业分类大典 code, e.g. 6-18-01-01.</summary>
    public string OccupationCode { get; }

    public string OccupationName { get; }

    /// <summary>工种 under the occupation, where the occupation has them.</summary>
    public string? WorkType { get; }

    public SkillLevel Level => Number.Level;

    /// <summary>China date of issue.</summary>
    public DateOnly IssueDate { get; }

    /// <summary>The stage scores the certificate was awarded on, in stage order (for the authorities' data files).</summary>
    public IReadOnlyList<CertificateStageScore> StageScores { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public string? RevocationReason { get; private set; }

    /// <summary>The instant of revocation, in UTC.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>
    /// Issues a certificate under a number already allocated from the scope's <see cref="CertificateSerialCounter"/>.
    /// The number's level and year must agree with <paramref name="level"/> and <paramref name="issueDate"/>.
    /// </summary>
    public static Certificate Issue(Guid enterpriseId, Guid? cycleId, CertificateNumber number, Guid holderEmployeeId,
        string holderName, string occupationCode, string occupationName, string? workType, SkillLevel level, DateOnly issueDate,
        IReadOnlyList<CertificateStageScore>? stageScores = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (enterpriseId == Guid.Empty) throw new ArgumentException("The issuing enterprise is required.", nameof(enterpriseId));
        if (holderEmployeeId == Guid.Empty) throw new ArgumentException("The holder's roster record is required.", nameof(holderEmployeeId));
        ArgumentException.ThrowIfNullOrWhiteSpace(holderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(occupationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(occupationName);
        if (number.Level != level)
            throw new DomainException(CertificateNumberErrors.LevelMismatch,
                $"证书编号{number}的第16位表示“{number.Level.ChineseName()}”，与所发等级“{level.ChineseName()}”不一致");
        if (number.IssueYear != issueDate.Year % 100)
            throw new DomainException(CertificateNumberErrors.IssueYearMismatch,
                $"证书编号{number}的第14–15位发证年份与发证日期{ChinaTime.FormatDate(issueDate)}不一致");
        return new Certificate(enterpriseId, cycleId, number, holderEmployeeId, holderName.Trim(), occupationCode.Trim(),
            occupationName.Trim(), string.IsNullOrWhiteSpace(workType) ? null : workType.Trim(), issueDate, [.. stageScores ?? []]);
    }

    /// <summary>Revokes the certificate (e.g. fraud found after issue). The number stays taken.</summary>
    public void Revoke(string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsRevoked)
            throw new DomainException(CertificateNumberErrors.AlreadyRevoked,
                $"证书{Number}已于{ChinaTime.FormatInstant(RevokedAt!.Value)}撤销，不能重复撤销");
        RevocationReason = reason.Trim();
        RevokedAt = at.ToUniversalTime();
    }
}
