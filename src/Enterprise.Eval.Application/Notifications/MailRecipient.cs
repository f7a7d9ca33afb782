using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// Someone to tell. Employees are keyed by employee number (so a later address change does not mail them twice);
/// others, such as HR mailboxes, by address. An employee without an address is still a recipient: the outbox records
/// the mail as undeliverable so HR can follow up.
/// </summary>
public sealed record MailRecipient
{
    private MailRecipient(string name, string? address, string? employeeNumber)
    {
        Name = name;
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        EmployeeNumber = employeeNumber;
    }

    public string Name { get; }
    public string? Address { get; }
    public string? EmployeeNumber { get; }

    public string Key => EmployeeNumber is not null ? "emp:" + EmployeeNumber : "addr:" + Address!.ToLowerInvariant();

    public static MailRecipient ForEmployee(Employee employee) => new(employee.Name, employee.Email, employee.EmployeeNumber);

    public static MailRecipient ForEmployee(string employeeNumber, string name, string? address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeNumber);
        return new MailRecipient(name, address, employeeNumber);
    }

    public static MailRecipient ForAddress(string address, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return new MailRecipient(name, address, null);
    }
}
