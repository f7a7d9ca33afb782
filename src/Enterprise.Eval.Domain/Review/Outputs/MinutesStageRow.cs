namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>A review stage as the minutes record it: its rules and whether the chair made it final.</summary>
public sealed record MinutesStageRow(
    string Code,
    string Name,
    string Kind,
    string Scale,
    decimal Weight,
    string PassMark,
    string Aggregation,
    bool IsFinal,
    DateTimeOffset? ClosedAt);
