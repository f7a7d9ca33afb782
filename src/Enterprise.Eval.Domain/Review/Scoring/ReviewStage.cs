namespace Enterprise.Eval.Domain.Review.Scoring;

/// <summary>
/// A stage in progress: collects each member's mark per candidate until the chair closes it; after that it is final
/// and refuses every further mark. A member may correct their own mark while the stage is open (the last one counts).
/// Who may mark whom (recusals, voting rights) is the session's concern; this class guards the stage's own rules.
/// </summary>
public sealed class ReviewStage
{
    private readonly Dictionary<(Guid Candidate, Guid Member), MemberScore> _marks = [];

    public ReviewStage(StageDefinition definition) =>
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));

    public StageDefinition Definition { get; }
    public bool IsClosed { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }

    public ReviewOutcome RecordScore(Guid memberId, Guid candidateId, decimal score, DateTimeOffset at)
    {
        if (IsClosed) return ReviewRefusals.StageClosed(Definition.Name);
        if (Definition.Kind != StageKind.Scored) return ReviewRefusals.WrongStageKind(Definition.Name, scored: false);
        if (score < Definition.Min || score > Definition.Max)
            return ReviewRefusals.ScoreOutOfRange(Definition.Name, score, Definition.Min, Definition.Max);
        _marks[(candidateId, memberId)] = new MemberScore(memberId, candidateId, score, at);
        return ReviewOutcome.Ok;
    }

    public ReviewOutcome RecordVerdict(Guid memberId, Guid candidateId, bool passed, DateTimeOffset at)
    {
        if (IsClosed) return ReviewRefusals.StageClosed(Definition.Name);
        if (Definition.Kind != StageKind.PassFail) return ReviewRefusals.WrongStageKind(Definition.Name, scored: true);
        _marks[(candidateId, memberId)] = new MemberScore(memberId, candidateId, passed ? 1m : 0m, at);
        return ReviewOutcome.Ok;
    }

    /// <summary>Withdraws a member's mark for a candidate after a late recusal; a final stage keeps its marks.</summary>
    public void Withdraw(Guid memberId, Guid candidateId)
    {
        if (!IsClosed) _marks.Remove((candidateId, memberId));
    }

    public void Close(Guid chairId, DateTimeOffset at)
    {
        if (IsClosed) return;
        IsClosed = true;
        ClosedAt = at;
        ClosedBy = chairId;
    }

    public IReadOnlyList<MemberScore> MarksFor(Guid candidateId) =>
        _marks.Values.Where(m => m.CandidateId == candidateId).OrderBy(m => m.RecordedAt).ToList();

    public StageResult ResultFor(Guid candidateId)
    {
        var marks = MarksFor(candidateId);
        var d = Definition;
        if (marks.Count == 0)
            return new StageResult(d.Code, d.Name, d.Kind, candidateId, marks, false, null, d.Weight, null, null, IsClosed);

        if (d.Kind == StageKind.PassFail)
        {
            var share = Share.Of(marks.Count(m => m.Score == 1m), marks.Count);
            var passed = d.PassMark?.IsMetBy(share) ?? share > 0.5m;
            return new StageResult(d.Code, d.Name, d.Kind, candidateId, marks, false, ReviewRounding.Round(share),
                d.Weight, null, passed, IsClosed);
        }

        var values = marks.Select(m => m.Score).Order().ToList();
        var trimmed = d.Aggregation == ScoreAggregation.TrimmedMean && values.Count >= d.TrimWhenAtLeast;
        if (trimmed) values = values.Skip(1).Take(values.Count - 2).ToList();
        var aggregate = ReviewRounding.Round(values.Sum() / values.Count);
        var part = ReviewRounding.Round(aggregate * d.Weight);
        var pass = d.PassMark?.IsMetBy(aggregate) ?? true;
        return new StageResult(d.Code, d.Name, d.Kind, candidateId, marks, trimmed, aggregate, d.Weight, part, pass, IsClosed);
    }
}
