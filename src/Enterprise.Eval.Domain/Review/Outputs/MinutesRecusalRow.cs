namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>A recusal in the minutes: who stood aside for whom, how it was found, and why.</summary>
public sealed record MinutesRecusalRow(string Member, string Candidate, string Source, string Reason, DateTimeOffset RecordedAt);
