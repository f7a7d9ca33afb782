namespace Enterprise.Eval.Domain.Certificates;

/// <summary>Stable error codes of issuing, revoking and exporting certificates (EVAL-CERT-03x, EVAL-EXPORT-0xx).</summary>
public static class CertificateIssueErrors
{
    public const string EmployeeNotOnRoster = "EVAL-CERT-030";
    public const string AlreadyHeld = "EVAL-CERT-031";
    public const string MixedEnterprises = "EVAL-CERT-032";
    public const string ConcurrentDoubleIssue = "EVAL-CERT-033";
    public const string CandidateFileInvalid = "EVAL-CERT-034";

    public const string UnknownAdapter = "EVAL-EXPORT-001";
    public const string NothingToExport = "EVAL-EXPORT-002";
    public const string AlreadyAnswered = "EVAL-EXPORT-010";
    public const string RejectionWithoutRows = "EVAL-EXPORT-011";
    public const string RejectedRowOutOfRange = "EVAL-EXPORT-012";

    /// <summary>A column names an extra field the host does not provide (neither a known key nor an entered one).</summary>
    public const string UnknownField = "EVAL-EXPORT-020";
    /// <summary>A field the person running the export must type in was not given.</summary>
    public const string FieldNotEntered = "EVAL-EXPORT-021";
    /// <summary>A value was typed in for a field the adapter has no column for.</summary>
    public const string FieldNotInFormat = "EVAL-EXPORT-022";
    /// <summary>A column asks for phone numbers while the adapter does not declare that its file carries them.</summary>
    public const string UndeclaredPhoneNumbers = "EVAL-EXPORT-023";
}
