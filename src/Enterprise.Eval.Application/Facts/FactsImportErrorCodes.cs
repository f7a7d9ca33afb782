namespace Enterprise.Eval.Application.Facts;

/// <summary>Stable codes of facts CSV errors. Never renumber.</summary>
public static class FactsImportErrorCodes
{
    public const string MissingColumn = "EVAL-FACTS-001";
    public const string MissingEmployeeNumber = "EVAL-FACTS-002";
    public const string UnknownCategory = "EVAL-FACTS-003";
    public const string BadYear = "EVAL-FACTS-004";
    public const string BadDate = "EVAL-FACTS-005";
    public const string UnknownLevel = "EVAL-FACTS-006";
    public const string BadRank = "EVAL-FACTS-007";
    public const string BadGrade = "EVAL-FACTS-008";
    public const string BadAmount = "EVAL-FACTS-009";
    public const string BadResult = "EVAL-FACTS-010";
    public const string Conflict = "EVAL-FACTS-011";
    public const string BadFlag = "EVAL-FACTS-012";
    public const string NoYearOrDate = "EVAL-FACTS-013";
    public const string Malformed = "EVAL-FACTS-014";
    public const string Empty = "EVAL-FACTS-015";
    public const string FieldCount = "EVAL-FACTS-016";

    // Notices: the file imports, but HR should look at these rows (honour vocabulary, plugins/National/vocabulary/honours.yaml).
    public const string UnknownHonourTitle = "EVAL-FACTS-017";
    public const string HonourLevelMissing = "EVAL-FACTS-018";
    public const string HonourLevelDiffers = "EVAL-FACTS-019";
}
