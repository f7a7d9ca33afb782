namespace Enterprise.Eval.Application.Schemes;

/// <summary>Stable codes of scheme file errors; docs/scheme-format.md lists them. Never renumber.</summary>
public static class SchemeErrorCodes
{
    public const string Syntax = "EVAL-SCHEME-001";
    public const string WrongNodeType = "EVAL-SCHEME-002";
    public const string MissingKey = "EVAL-SCHEME-003";
    public const string ThresholdWithoutNumber = "EVAL-SCHEME-004";
    public const string UnknownInclusiveness = "EVAL-SCHEME-005";
    public const string UnknownConditionKind = "EVAL-SCHEME-006";
    public const string UnknownLevel = "EVAL-SCHEME-007";
    public const string BadDate = "EVAL-SCHEME-008";
    public const string BadNumber = "EVAL-SCHEME-009";
    public const string UnknownKey = "EVAL-SCHEME-010";
    public const string UndefinedCondition = "EVAL-SCHEME-011";
    public const string WaivesUndefinedCondition = "EVAL-SCHEME-012";
    public const string DuplicateId = "EVAL-SCHEME-013";
    public const string UnknownValue = "EVAL-SCHEME-014";
    public const string ReferenceCycle = "EVAL-SCHEME-015";
    public const string BadRelaxation = "EVAL-SCHEME-016";
    public const string Inconsistent = "EVAL-SCHEME-017";
    public const string NoRoutes = "EVAL-SCHEME-018";
    public const string EmptyFile = "EVAL-SCHEME-019";
    public const string FileNotReadable = "EVAL-SCHEME-020";
}
