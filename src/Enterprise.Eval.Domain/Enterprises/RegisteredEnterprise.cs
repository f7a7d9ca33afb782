using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>
/// An enterprise registered (备案) for skill self-evaluation: the tenant every other record belongs to. Its registry
/// codes make up positions 1–13 of the certificate numbers it issues.
/// </summary>
public sealed class RegisteredEnterprise
{
    private RegisteredEnterprise() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string CreditCode { get; private set; } = "";
    public EvaluatorType EvaluatorType { get; private set; }
    public string EvaluatorCode { get; private set; } = "";
    public string ProvinceCode { get; private set; } = "";
    public string SiteSequenceCode { get; private set; } = "";
    public string RegistrationAuthority { get; private set; } = "";
    public string RegistrationNumber { get; private set; } = "";
    public DateOnly RegistrationDate { get; private set; }
    public EnterpriseStatus Status { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string? HrContactName { get; private set; }
    public string? HrContactEmail { get; private set; }

    /// <summary>Who receives the daily digest; null when none was given (the digest is then skipped, with a warning).</summary>
    public HrContact? HrContact => HrContactEmail is null ? null : Enterprises.HrContact.Create(HrContactName, HrContactEmail);

    public char EvaluatorTypeLetter => (char)EvaluatorType;

    public static RegisteredEnterprise Register(EnterpriseRegistration r, DateTimeOffset now)
    {
        var errors = r.Validate();
        if (errors.Count > 0) throw new DomainException(errors[0].Code, string.Join("；", errors.Select(e => e.Message)));
        return new RegisteredEnterprise
        {
            Id = Guid.NewGuid(),
            Name = r.Name.Trim(),
            CreditCode = UnifiedSocialCreditCode.Parse(r.CreditCode).Value,
            EvaluatorType = r.EvaluatorType,
            EvaluatorCode = r.EvaluatorCode,
            ProvinceCode = r.ProvinceCode,
            SiteSequenceCode = r.SiteSequenceCode,
            RegistrationAuthority = r.RegistrationAuthority.Trim(),
            RegistrationNumber = r.RegistrationNumber.Trim(),
            RegistrationDate = r.RegistrationDate,
            Status = EnterpriseStatus.Active,
            RegisteredAt = now,
        }.WithHrContact(r.HasHrContact ? Enterprises.HrContact.Create(r.HrContactName, r.HrContactEmail) : null);
    }

    /// <summary>Sets or (with null) removes the HR contact; returns whether anything changed.</summary>
    public bool ChangeHrContact(HrContact? contact)
    {
        if (contact?.Name == HrContactName && contact?.Email == HrContactEmail) return false;
        WithHrContact(contact);
        return true;
    }

    private RegisteredEnterprise WithHrContact(HrContact? contact)
    {
        HrContactName = contact?.Name;
        HrContactEmail = contact?.Email;
        return this;
    }

    public void Suspend() => MoveTo(EnterpriseStatus.Suspended, from: EnterpriseStatus.Active);

    public void Reinstate() => MoveTo(EnterpriseStatus.Active, from: EnterpriseStatus.Suspended);

    public void StrikeOff()
    {
        if (Status == EnterpriseStatus.StruckOff) return;
        Status = EnterpriseStatus.StruckOff;
    }

    /// <summary>Every use case that changes evaluation data calls this first.</summary>
    public void EnsureCanRun()
    {
        if (Status == EnterpriseStatus.StruckOff)
            throw new DomainException("EVAL-ENT-020", $"企业“{Name}”已被取消评价机构资格，不能再开展任何评价工作");
        if (Status == EnterpriseStatus.Suspended)
            throw new DomainException("EVAL-ENT-021", $"企业“{Name}”已暂停评价工作，请先恢复后再操作");
    }

    private void MoveTo(EnterpriseStatus target, EnterpriseStatus from)
    {
        if (Status == target) return;
        if (Status != from)
            throw new DomainException("EVAL-ENT-022", $"企业当前状态为{Status}，不能变更为{target}");
        Status = target;
    }
}
