using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>What an administrator supplies to register an enterprise; <see cref="Validate"/> lists every problem.</summary>
public sealed record EnterpriseRegistration(
    string Name,
    string CreditCode,
    EvaluatorType EvaluatorType,
    string EvaluatorCode,
    string ProvinceCode,
    string SiteSequenceCode,
    string RegistrationAuthority,
    string RegistrationNumber,
    DateOnly RegistrationDate,
    string? HrContactName = null,
    string? HrContactEmail = null)
{
    /// <summary>Whether an HR contact was given at all (either part); when it was, both parts must be valid.</summary>
    public bool HasHrContact => !string.IsNullOrWhiteSpace(HrContactName) || !string.IsNullOrWhiteSpace(HrContactEmail);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name)) errors.Add(new("name", "EVAL-ENT-010", "企业名称不能为空"));
        try { UnifiedSocialCreditCode.Parse(CreditCode); }
        catch (DomainException e) { errors.Add(new("creditCode", e.Code, e.Message)); }
        if (!IsDigits(EvaluatorCode, 4))
            errors.Add(new("evaluatorCode", "EVAL-ENT-011", $"评价机构代码应为4位数字（在省级备案的填0000），实际为“{EvaluatorCode}”"));
        if (!ProvinceCodes.IsKnown(ProvinceCode ?? ""))
            errors.Add(new("provinceCode", "EVAL-ENT-012", $"省份代码“{ProvinceCode}”不在 GB/T 2260 省级代码表中（如 32 江苏、37 山东）"));
        if (!IsDigits(SiteSequenceCode, 6))
            errors.Add(new("siteSequenceCode", "EVAL-ENT-013", $"评价机构（站点）顺序码应为6位数字，实际为“{SiteSequenceCode}”"));
        if (string.IsNullOrWhiteSpace(RegistrationAuthority)) errors.Add(new("registrationAuthority", "EVAL-ENT-014", "备案机关不能为空"));
        if (string.IsNullOrWhiteSpace(RegistrationNumber)) errors.Add(new("registrationNumber", "EVAL-ENT-015", "备案编号不能为空"));
        if (HasHrContact) errors.AddRange(HrContact.Validate(HrContactName, HrContactEmail));
        return errors;
    }

    private static bool IsDigits(string? s, int length) => s is not null && s.Length == length && s.All(char.IsAsciiDigit);
}
