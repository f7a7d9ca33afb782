namespace Enterprise.Eval.Domain.Review.Conflicts;

/// <summary>A recorded recusal: who stands aside for whom, why, and whether they declared it or the roster showed it.</summary>
public sealed record Recusal(Guid MemberId, string MemberName, Guid CandidateId, string CandidateName,
    ConflictSource Source, string Reason, DateTimeOffset RecordedAt)
{
    public string SourceName => Source == ConflictSource.Declared ? "主动申报" : "系统识别";
}
