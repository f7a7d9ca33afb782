namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>A candidate's score sheet (评分汇总表): a row per stage and the composite.</summary>
public sealed record ScoreSheet(string Candidate, IReadOnlyList<ScoreSheetRow> Rows, decimal Total, bool PassedAllStages);
