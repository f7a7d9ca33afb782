using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// A 职业技能等级证书 issued by the enterprise. The number is its identity. Revoking keeps the record and the number
/// (numbers are never reused); it only records why and when.
/// </summary>
public sealed class Certificate
{
    private Certificate(CertificateNumber number, string holderEmployeeId, string holderName, string occupationCode,
        string occupationName, string? workType, DateOnly issueDate)
    {
        Number = number;
        HolderEmployeeId = holderEmployeeId;
        HolderName = holderName;
        OccupationCode = occupationCode;
        OccupationName = occupationName;
        WorkType = workType;
        IssueDate = issueDate;
    }

    public CertificateNumber Number { get; }

    /// <summary>The product's identifier of the holder (the enterprise's employee record), not a personal ID number.</summary>
    public string HolderEmployeeId { get; }

    public string HolderName { get; }

    /// <summary>国家职业分类大典 code, e.g. 6-18-01-01.</summary>
    public string OccupationCode { get; }

    public string OccupationName { get; }

    /// <summary>工种 under the occupation, where the occupation has them.</summary>
    public string? WorkType { get; }

    public SkillLevel Level => Number.Level;

    /// <summary>China date of issue.</summary>
    public DateOnly IssueDate { get; }

    public bool IsRevoked => RevokedAt is not null;

    public string? RevocationReason { get; private set; }

    /// <summary>The instant of revocation, in UTC.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>
    /// Issues a certificate under a number already allocated from the scope's <see cref="CertificateSerialCounter"/>.
    /// The number's level and year must agree with <paramref name="level"/> and <paramref name="issueDate"/>.
    /// </summary>
    public static Certificate Issue(CertificateNumber number, string holderEmployeeId, string holderName,
        string occupationCode, string occupationName, string? workType, SkillLevel level, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(holderEmployeeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(holderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(occupationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(occupationName);
        if (number.Level != level)
            throw new DomainException(CertificateNumberErrors.LevelMismatch,
                $"证书编号{number}的第16位表示“{number.Level.ChineseName()}”，与所发等级“{level.ChineseName()}”不一致");
        if (number.IssueYear != issueDate.Year % 100)
            throw new DomainException(CertificateNumberErrors.IssueYearMismatch,
                $"证书编号{number}的第14–15位发证年份与发证日期{ChinaTime.FormatDate(issueDate)}不一致");
        return new Certificate(number, holderEmployeeId.Trim(), holderName.Trim(), occupationCode.Trim(),
            occupationName.Trim(), string.IsNullOrWhiteSpace(workType) ? null : workType.Trim(), issueDate);
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
