using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Voting;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review;

public sealed class ReviewSessionTests
{
    [Fact]
    public void Score_IsRefused_WhenCommitteeHasNotBeenConvened()
    {
        var candidate = Candidate("李四");
        var committee = Committee(7, 7);
        var session = Session(committee, [candidate]);

        var outcome = session.Score("defence", committee.Members[1].Id, candidate.Id, 80, Now);

        Assert.Equal("EVAL-REVIEW-007", outcome.Code);
    }

    [Fact]
    public void Start_ReturnsViolationsAndRefusesScores_WhenCompositionIsInvalid()
    {
        var candidate = Candidate("李四");
        var committee = Committee(9, 5);
        var session = Session(committee, [candidate]);

        Assert.Contains(session.Start(Now), v => v.Code == "EVAL-REVIEW-003");
        Assert.True(session.Score("defence", committee.Members[1].Id, candidate.Id, 80, Now).IsRefused);
    }

    [Fact]
    public void Score_IsRefused_WhenMemberIsRecusedByDepartment()
    {
        var candidate = Candidate("李四", unit: "甲公司", department: "一车间");
        var committee = Committee(7, 7);
        var colleague = Member("同部门委员", unit: "甲公司", department: "一车间");
        committee.AddMember(colleague);
        var session = Started(Session(committee, [candidate]));

        var outcome = session.Score("defence", colleague.Id, candidate.Id, 95, Now);

        Assert.Equal("EVAL-REVIEW-011", outcome.Code);
        Assert.Empty(session.FindStage("defence")!.MarksFor(candidate.Id));
    }

    [Fact]
    public void ViewScores_IsRefusedToRecusedMember_AndAllowedToOthers()
    {
        var candidate = Candidate("李四");
        var committee = Committee(7, 7);
        var session = Started(Session(committee, [candidate]));
        var recused = committee.Members[2];
        session.DeclareConflict(recused.Id, candidate.Id, "系申报人亲属", Now);
        session.Score("defence", committee.Members[1].Id, candidate.Id, 88, Now);

        var refused = session.ViewScores("defence", recused.Id, candidate.Id);
        var allowed = session.ViewScores("defence", committee.Members[3].Id, candidate.Id);

        Assert.Equal("EVAL-REVIEW-011", refused.Outcome.Code);
        Assert.Empty(refused.Marks);
        Assert.True(allowed.Outcome.Accepted);
        Assert.Equal(88, Assert.Single(allowed.Marks).Score);
    }

    [Fact]
    public void Vote_IsRefused_WhenMemberDeclaredConflict()
    {
        var candidate = Candidate("李四");
        var committee = Committee(7, 7);
        var session = Started(Session(committee, [candidate]));
        var member = committee.Members[4];
        session.DeclareConflict(member.Id, candidate.Id, "曾为申报人指导论文", Now);
        session.OpenBallot(candidate.Id);

        var outcome = session.Vote(candidate.Id, member.Id, VoteChoice.For, Now);

        Assert.Equal("EVAL-REVIEW-011", outcome.Code);
        Assert.Equal(6, session.VoteRecordFor(candidate.Id)!.Members);
    }

    [Fact]
    public void DeclareConflict_WithdrawsOpenMarks_WhenMemberScoredBeforeDeclaring()
    {
        var candidate = Candidate("李四");
        var committee = Committee(7, 7);
        var session = Started(Session(committee, [candidate]));
        var member = committee.Members[1];
        session.Score("defence", member.Id, candidate.Id, 99, Now);

        var outcome = session.DeclareConflict(member.Id, candidate.Id, "发现系申报人同乡亲属", Now);

        Assert.True(outcome.Accepted);
        Assert.Empty(session.FindStage("defence")!.MarksFor(candidate.Id));
    }

    [Fact]
    public void DeclareConflict_IsRefused_WhenMemberAlreadyVoted()
    {
        var candidate = Candidate("李四");
        var committee = Committee(7, 7);
        var session = Started(Session(committee, [candidate]));
        var member = committee.Members[1];
        session.OpenBallot(candidate.Id);
        session.Vote(candidate.Id, member.Id, VoteChoice.For, Now);

        var outcome = session.DeclareConflict(member.Id, candidate.Id, "迟报", Now);

        Assert.Equal("EVAL-REVIEW-013", outcome.Code);
    }

    [Fact]
    public void Score_IsRefused_WhenSecretaryTriesToScore()
    {
        var candidate = Candidate("李四");
        var committee = Committee(7, 7, withSecretary: true);
        var session = Started(Session(committee, [candidate]));
        var secretary = committee.Members.Single(m => m.Role == CommitteeRole.Secretary);

        Assert.Equal("EVAL-REVIEW-009", session.Score("defence", secretary.Id, candidate.Id, 80, Now).Code);
    }

    [Fact]
    public void CloseStage_IsRefused_WhenNotTheChair()
    {
        var session = Started(Session(Committee(7, 7), [Candidate("李四")]));

        var outcome = session.CloseStage("defence", session.Committee.Members[1].Id, Now);

        Assert.Equal("EVAL-SCORE-005", outcome.Code);
        Assert.False(session.FindStage("defence")!.IsClosed);
    }

    [Fact]
    public void Score_IsRefused_WhenChairClosedTheStage()
    {
        var candidate = Candidate("李四");
        var session = Started(Session(Committee(7, 7), [candidate]));
        var chair = session.Committee.Chair!;
        session.Score("defence", session.Committee.Members[1].Id, candidate.Id, 80, Now);

        Assert.True(session.CloseStage("defence", chair.Id, Now).Accepted);
        var late = session.Score("defence", session.Committee.Members[2].Id, candidate.Id, 90, Now.AddMinutes(5));

        Assert.Equal("EVAL-SCORE-002", late.Code);
        Assert.Equal(80, session.CompositeFor(candidate.Id).ScoreOf("defence"));
        Assert.True(session.CompositeFor(candidate.Id).Parts.Single(p => p.StageCode == "defence").IsFinal);
    }
}
