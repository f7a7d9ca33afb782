namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>
/// One line of the recommended list (拟推荐人选名单) or waiting list (候补名单). No ID number or phone: the list is
/// published. Remarks joins cap warnings and override reasons.
/// </summary>
public sealed record RecommendedListRow(
    int Position,
    string Name,
    string Unit,
    string Department,
    string Occupation,
    string Level,
    decimal CompositeScore,
    int Rank,
    string Remarks);
