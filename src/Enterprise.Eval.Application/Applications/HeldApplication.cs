namespace Enterprise.Eval.Application.Applications;

/// <summary>One application the closing screening held (待人事确认), with each item HR must still settle.</summary>
public sealed record HeldApplication(
    Guid ApplicationId, string Number, string EmployeeNumber, string Name, string? Department, DateTimeOffset? HeldSince,
    IReadOnlyList<string> Reasons);
