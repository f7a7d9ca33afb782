using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Outputs;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Voting;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Outputs;

public sealed class ReviewOutputsTests
{
    private static (ReviewSession Session, Guid CandidateId, Guid Colleague) VotedSession()
    {
        var candidate = Candidate("李四", unit: "甲公司", department: "一车间");
        var committee = Committee(9, 9);
        var colleague = Member("同部门委员", unit: "甲公司", department: "一车间");
        committee.AddMember(colleague);
        var session = Started(Session(committee, [candidate]));
        session.RecordAttendance(committee.Members.Take(9).Select(m => m.Id));
        var eligible = session.EligibleMembers(candidate.Id);
        foreach (var (m, s) in eligible.Take(5).Select((m, i) => (m, 80m + i))) session.Score("defence", m.Id, candidate.Id, s, Now);
        session.OpenBallot(candidate.Id);
        for (var i = 0; i < 8; i++)
            session.Vote(candidate.Id, eligible[i].Id, i < 6 ? VoteChoice.For : i < 7 ? VoteChoice.Against : VoteChoice.Abstain, Now);
        session.CloseBallot(candidate.Id);
        return (session, candidate.Id, colleague.Id);
    }

    [Fact]
    public void PanelOpinion_FillsThe表决结果Box_FromTheVote()
    {
        var (session, candidateId, _) = VotedSession();

        var box = ReviewOutputs.PanelOpinion(session, candidateId, "同意认定为技师", new DateOnly(2026, 6, 10))!;

        Assert.Equal((9, 6, 1, 1, "通过"), (box.Members, box.For, box.Against, box.Abstain, box.Conclusion));
        Assert.Equal(9, box.PanelMembers.Count);
        Assert.DoesNotContain("同部门委员", box.PanelMembers);
        Assert.Equal("委员1", box.Leader);
        Assert.Equal("2026年6月10日", box.DateText);
    }

    [Fact]
    public void PanelOpinion_IsNull_WhenNoVoteWasHeld()
    {
        var candidate = Candidate("李四");
        var session = Started(Session(Committee(7, 7), [candidate]));

        Assert.Null(ReviewOutputs.PanelOpinion(session, candidate.Id, "", new DateOnly(2026, 6, 10)));
    }

    [Fact]
    public void Minutes_RecordStagesAttendanceRecusalsAndVotes()
    {
        var (session, _, _) = VotedSession();

        var minutes = ReviewOutputs.Minutes(session);

        Assert.Equal(10, minutes.Members.Count);
        Assert.Equal(9, minutes.Members.Count(m => m.Present));
        Assert.Equal(["材料审核", "答辩", "业绩评审"], minutes.Stages.Select(s => s.Name));
        Assert.Equal("60分以上", minutes.Stages[1].PassMark);
        Assert.Equal("合格意见超过50%", minutes.Stages[0].PassMark);
        var recusal = Assert.Single(minutes.Recusals);
        Assert.Equal(("同部门委员", "李四", "系统识别"), (recusal.Member, recusal.Candidate, recusal.Source));
        var vote = Assert.Single(minutes.Votes);
        Assert.Equal(("无记名", 9, 1, 6, "通过"), (vote.BallotKind, vote.Members, vote.Recused, vote.For, vote.Conclusion));
        Assert.Equal(66.67m, vote.ForPercent);
    }

    [Fact]
    public void ScoreSheet_ListsMarksWithoutNames_AndTheComposite()
    {
        var (session, candidateId, _) = VotedSession();

        var sheet = ReviewOutputs.ScoreSheet(session, candidateId);

        var defence = sheet.Rows.Single(r => r.Stage == "答辩");
        Assert.Equal("84、83、82、81、80", defence.Marks);
        Assert.Equal(82m, defence.Aggregate);
        Assert.Equal(49.20m, defence.WeightedPart);
        Assert.Equal("未评", sheet.Rows.Single(r => r.Stage == "业绩评审").Result);
        Assert.Equal(49.20m, sheet.Total);
        Assert.False(sheet.PassedAllStages);
    }

    [Fact]
    public void RecommendedList_CarriesPositionsLevelAndRemarks()
    {
        var a = new RankingEntry(Candidate("甲", "车工"), 90, new Dictionary<string, decimal>(), true);
        var b = new RankingEntry(Candidate("乙", "车工"), 80, new Dictionary<string, decimal>(), true);
        var cap = QuotaCap.Absolute("每个工种1人", QuotaScope.Occupation, 1, CapStrictness.InPrinciple);
        var result = Recommender.Recommend(RecommendationPolicy.Simple(null, cap), [a, b]);

        var rows = ReviewOutputs.RecommendedList(result.Recommended, "特级技师");

        Assert.Equal([1, 2], rows.Select(r => r.Position));
        Assert.All(rows, r => Assert.Equal("特级技师", r.Level));
        Assert.Equal("", rows[0].Remarks);
        Assert.Contains("每个工种1人", rows[1].Remarks);
    }

    [Fact]
    public void Minutes_ShowOnlyWhoVoted_WhenBallotIsSecret()
    {
        var (session, _, _) = VotedSession();

        var detail = ReviewOutputs.Minutes(session).Votes.Single().Detail;

        Assert.StartsWith("已投票：", detail);
        Assert.DoesNotContain("同意", detail);
        Assert.DoesNotContain("反对", detail);
        Assert.Equal(8, detail["已投票：".Length..].Split('、').Length);
    }

    [Fact]
    public void Minutes_ShowEachMembersVote_WhenBallotIsOpen()
    {
        var candidate = Candidate("李四");
        var rules = new VotingRules(BallotKind.Open, VotingRules.Wenzhou.PassShare, VoteDenominator.AllEligibleMembers);
        var session = Started(Session(Committee(7, 7), [candidate], rules));
        session.OpenBallot(candidate.Id);
        session.Vote(candidate.Id, session.Committee.Members[1].Id, VoteChoice.For, Now);
        session.Vote(candidate.Id, session.Committee.Members[2].Id, VoteChoice.Against, Now.AddSeconds(1));

        var detail = ReviewOutputs.Minutes(session).Votes.Single().Detail;

        Assert.Equal("委员2：同意；委员3：反对", detail);
    }
}
