namespace Enterprise.Eval.Application.Applications;

/// <summary>One imported row: the application created (or null) and the verdict summary or the refusal with its code.</summary>
public sealed record ApplicationImportRow(int Line, string EmployeeNumber, Guid? ApplicationId, string? Code, string? Message)
{
    public bool Accepted => ApplicationId is not null;
}
