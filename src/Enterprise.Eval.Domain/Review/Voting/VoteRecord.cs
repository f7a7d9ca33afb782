namespace Enterprise.Eval.Domain.Review.Voting;

/// <summary>
/// The 表决结果 box for one candidate: 评审组人数 (eligible members, recused ones left out), 同意, 反对, 弃权 and
/// 表决结论. Voters lists who voted; Votes lists how they voted and is empty for a secret ballot.
/// </summary>
public sealed record VoteRecord(
    Guid CandidateId,
    string CandidateName,
    BallotKind Kind,
    VoteDenominator Denominator,
    int Members,
    int Recused,
    int Present,
    int For,
    int Against,
    int Abstain,
    int DenominatorCount,
    decimal? ForShare,
    VoteConclusion Conclusion,
    bool IsTie,
    bool IsFinal,
    IReadOnlyList<Guid> Voters,
    IReadOnlyList<CastVote> Votes)
{
    public int NotVoted => Members - For - Against - Abstain;

    /// <summary>同意票率 as shown, e.g. 55.56 (%); the conclusion is decided on the exact share, never on this.</summary>
    public decimal? ForPercent => ForShare is { } s ? ReviewRounding.Round(s * 100m) : null;

    public string ConclusionName => Conclusion switch
    {
        VoteConclusion.Passed => "通过",
        VoteConclusion.Failed => "未通过",
        VoteConclusion.NoQuorum => "未达法定人数",
        _ => "",
    };
}
