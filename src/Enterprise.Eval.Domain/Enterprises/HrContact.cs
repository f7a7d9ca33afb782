using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Notifications;

namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>
/// The enterprise's HR contact: who receives the daily digest (new applications, returned materials, open objections,
/// failed mails). Optional — an enterprise without one is simply not sent a digest, and the administrator is told so.
/// </summary>
public sealed record HrContact
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = MailAddressFormat.MaxLength;

    private HrContact(string name, string email)
    {
        Name = name;
        Email = email;
    }

    public string Name { get; }
    public string Email { get; }

    /// <summary>Every problem with a proposed contact; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(string? name, string? email)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
            errors.Add(new("hrContactName", "EVAL-ENT-030", "人事联系人姓名不能为空"));
        else if (name.Trim().Length > MaxNameLength)
            errors.Add(new("hrContactName", "EVAL-ENT-030", $"人事联系人姓名不能超过{MaxNameLength}个字符"));
        if (string.IsNullOrWhiteSpace(email))
            errors.Add(new("hrContactEmail", "EVAL-ENT-031", "人事联系人邮箱不能为空"));
        else if (!MailAddressFormat.LooksLikeAddress(email.Trim()))
            errors.Add(new("hrContactEmail", "EVAL-ENT-031", $"人事联系人邮箱“{email.Trim()}”格式不正确，应形如 hr@example.com"));
        return errors;
    }

    /// <summary>A valid contact, or a <see cref="DomainException"/> naming every problem.</summary>
    public static HrContact Create(string? name, string? email)
    {
        var errors = Validate(name, email);
        if (errors.Count > 0) throw new DomainException(errors[0].Code, string.Join("；", errors.Select(e => e.Message)));
        return new HrContact(name!.Trim(), email!.Trim());
    }
}
