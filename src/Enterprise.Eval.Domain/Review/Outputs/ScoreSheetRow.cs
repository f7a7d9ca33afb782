namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>
/// One stage on a candidate's score sheet. Marks lists the individual marks, highest first and without names: the
/// sheet goes to the candidate's file, and who gave which mark stays in the session.
/// </summary>
public sealed record ScoreSheetRow(
    string Candidate,
    string Stage,
    int Scorers,
    string Marks,
    bool Trimmed,
    decimal? Aggregate,
    decimal Weight,
    decimal? WeightedPart,
    string Result);
