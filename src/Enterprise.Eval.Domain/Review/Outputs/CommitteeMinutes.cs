namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>评审会议纪要: the committee, its stages, who attended, who was recused and how each vote went.</summary>
public sealed record CommitteeMinutes(
    string Committee,
    DateTimeOffset? ConvenedAt,
    IReadOnlyList<MinutesMemberRow> Members,
    IReadOnlyList<MinutesStageRow> Stages,
    IReadOnlyList<MinutesRecusalRow> Recusals,
    IReadOnlyList<MinutesVoteRow> Votes);
