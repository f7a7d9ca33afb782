namespace Enterprise.Eval.Domain.Certificates;

/// <summary>Stable error codes of certificate numbers (EVAL-CERT-0xx), shared by parsing and building from parts.</summary>
public static class CertificateNumberErrors
{
    public const string Empty = "EVAL-CERT-001";
    public const string WrongLength = "EVAL-CERT-002";
    public const string BadEvaluatorType = "EVAL-CERT-003";
    public const string BadEvaluatorCode = "EVAL-CERT-004";
    public const string NonDigitProvinceCode = "EVAL-CERT-005";
    public const string UnknownProvinceCode = "EVAL-CERT-006";
    public const string BadSiteCode = "EVAL-CERT-007";
    public const string BadIssueYear = "EVAL-CERT-008";
    public const string LowercaseLevelCode = "EVAL-CERT-009";
    public const string UnknownLevelCode = "EVAL-CERT-010";
    public const string NonDigitSerial = "EVAL-CERT-011";
    public const string ZeroSerial = "EVAL-CERT-012";
    public const string LegacyQualificationNumber = "EVAL-CERT-013";
    public const string LevelWithoutCertificate = "EVAL-CERT-014";
    public const string SerialOutOfRange = "EVAL-CERT-015";
    public const string SerialsExhausted = "EVAL-CERT-016";
    public const string LevelMismatch = "EVAL-CERT-020";
    public const string IssueYearMismatch = "EVAL-CERT-021";
    public const string AlreadyRevoked = "EVAL-CERT-022";
}
