using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>Turns a review session and its recommendation into plain rows, ready for CSV or a printed form.</summary>
public static class ReviewOutputs
{
    public static IReadOnlyList<RecommendedListRow> RecommendedList(IEnumerable<RecommendationLine> lines, string level) =>
        lines.Select(l => new RecommendedListRow(l.Position, l.Entry.Candidate.Name, l.Entry.Candidate.Unit,
            l.Entry.Candidate.Department, l.Entry.Candidate.Occupation, level, l.Entry.Total, l.Rank,
            string.Join("；", l.Notes.Select(n => n.Message)))).ToList();

    public static CommitteeMinutes Minutes(ReviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var members = session.Committee.Members.Select(m => new MinutesMemberRow(m.Name, m.RoleName, m.IsExpert,
            m.Title ?? "", m.Unit, !m.IsVoting || session.Attendance.Contains(m.Id))).ToList();
        var stages = session.Stages.Select(s => StageRow(s)).ToList();
        var recusals = session.Conflicts.Recusals.Select(r => new MinutesRecusalRow(r.MemberName, r.CandidateName,
            r.SourceName, r.Reason, r.RecordedAt)).ToList();
        var votes = session.Candidates.Select(c => session.VoteRecordFor(c.Id)).OfType<VoteRecord>()
            .Select(v => VoteRow(v, id => session.Committee.Find(id)?.Name ?? "")).ToList();
        return new CommitteeMinutes(session.Committee.Name, session.Committee.ConvenedAt, members, stages, recusals, votes);
    }

    public static ScoreSheet ScoreSheet(ReviewSession session, Guid candidateId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var candidate = session.FindCandidate(candidateId)
            ?? throw new ArgumentException($"Candidate {candidateId} is not in this session.", nameof(candidateId));
        var composite = session.CompositeFor(candidateId);
        var rows = composite.Parts.Select(p => new ScoreSheetRow(candidate.Name, p.StageName, p.Scores.Count,
            Marks(p), p.Trimmed, p.Aggregate, p.Weight, p.WeightedPart, ResultText(p))).ToList();
        return new ScoreSheet(candidate.Name, rows, composite.Total, composite.PassedAllStages);
    }

    /// <summary>The 评审组意见 box for a candidate, or null while no vote has been opened for them.</summary>
    public static PanelOpinionBox? PanelOpinion(ReviewSession session, Guid candidateId, string opinion, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.VoteRecordFor(candidateId) is not { } vote) return null;
        var panel = session.EligibleMembers(candidateId).Select(m => m.Name).ToList();
        return new PanelOpinionBox(vote.CandidateName, (opinion ?? "").Trim(), panel, vote.Members, vote.For,
            vote.Against, vote.Abstain, vote.ConclusionName, session.Committee.Chair?.Name ?? "", date);
    }

    private static MinutesStageRow StageRow(ReviewStage stage)
    {
        var d = stage.Definition;
        var scored = d.Kind == StageKind.Scored;
        var passMark = d.PassMark is not { } mark ? ""
            : scored ? Phrase($"{mark.Value:0.##}分", mark.Comparison)
            : "合格意见" + Phrase($"{ReviewRounding.Round(mark.Value * 100m):0.##}%", mark.Comparison);
        var aggregation = !scored ? "多数意见"
            : d.Aggregation == ScoreAggregation.TrimmedMean ? $"评分人数达到{d.TrimWhenAtLeast}人时去掉一个最高分和一个最低分后取平均"
            : "算术平均";
        return new MinutesStageRow(d.Code, d.Name, scored ? "评分" : "合格/不合格", scored ? $"{d.Min:0.##}–{d.Max:0.##}" : "",
            d.Weight, passMark, aggregation, stage.IsClosed, stage.ClosedAt);
    }

    // Chinese puts 以上/以下 after the number and 超过/不满 before it: 60分以上, 超过50%.
    private static string Phrase(string number, Common.Comparison comparison) => comparison switch
    {
        Common.Comparison.AtLeast => $"{number}以上",
        Common.Comparison.MoreThan => $"超过{number}",
        Common.Comparison.AtMost => $"{number}以下",
        Common.Comparison.LessThan => $"不满{number}",
        _ => number,
    };

    private static MinutesVoteRow VoteRow(VoteRecord v, Func<Guid, string> name)
    {
        var detail = v.Kind == BallotKind.Secret
            ? "已投票：" + string.Join("、", v.Voters.Select(name).Order(StringComparer.Ordinal))
            : string.Join("；", v.Votes.Select(c => $"{name(c.MemberId)}：{ChoiceName(c.Choice)}"));
        return new(v.CandidateName, v.Kind == BallotKind.Secret ? "无记名" : "记名", v.Members, v.Recused, v.Present,
            v.For, v.Against, v.Abstain, v.ForPercent, v.ConclusionName, detail);
    }

    private static string ChoiceName(VoteChoice choice) => choice switch
    {
        VoteChoice.For => "同意",
        VoteChoice.Against => "反对",
        _ => "弃权",
    };

    private static string Marks(StageResult part) => part.Kind == StageKind.PassFail
        ? $"合格{part.Scores.Count(s => s.Score == 1m)}票，不合格{part.Scores.Count(s => s.Score == 0m)}票"
        : string.Join("、", part.Scores.Select(s => s.Score).OrderDescending().Select(s => s.ToString("0.##")));

    private static string ResultText(StageResult part) => part.Passed switch
    {
        null => "未评",
        true => part.Kind == StageKind.PassFail ? "合格" : "通过",
        false => part.Kind == StageKind.PassFail ? "不合格" : "未达合格线",
    };
}
