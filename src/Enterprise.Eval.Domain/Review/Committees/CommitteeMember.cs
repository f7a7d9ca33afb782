namespace Enterprise.Eval.Domain.Review.Committees;

/// <summary>
/// A member of a review committee or expert panel. Unit, department and employee number are roster data: they are
/// what derived conflicts of interest are computed from, so they are kept as given (trimmed), not free text.
/// </summary>
public sealed record CommitteeMember
{
    public CommitteeMember(Guid id, string name, CommitteeRole role, bool isExpert, string? title, string unit,
        string department, string? employeeNumber = null)
    {
        if (id == Guid.Empty) throw new ArgumentException("A member needs an id.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A member needs a name.", nameof(name));
        Id = id;
        Name = name.Trim();
        Role = role;
        IsExpert = isExpert;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        Unit = (unit ?? "").Trim();
        Department = (department ?? "").Trim();
        EmployeeNumber = string.IsNullOrWhiteSpace(employeeNumber) ? null : employeeNumber.Trim();
    }

    public Guid Id { get; }
    public string Name { get; }
    public CommitteeRole Role { get; }
    public bool IsExpert { get; }
    public string? Title { get; }
    public string Unit { get; }
    public string Department { get; }
    public string? EmployeeNumber { get; }

    /// <summary>Chair and members score and vote; the secretary does not, and is not counted in the committee size.</summary>
    public bool IsVoting => Role != CommitteeRole.Secretary;

    public string RoleName => Role switch
    {
        CommitteeRole.Chair => "主任",
        CommitteeRole.Member => "委员",
        CommitteeRole.Secretary => "秘书",
        _ => "",
    };
}
