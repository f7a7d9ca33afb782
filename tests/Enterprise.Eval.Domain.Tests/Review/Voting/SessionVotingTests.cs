using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Voting;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Voting;

public sealed class SessionVotingTests
{
    [Fact]
    public void Vote_CountsNineMembers_WhenOneOfTenIsInTheApplicantsDepartment()
    {
        var candidate = Candidate("李四", unit: "甲公司", department: "一车间");
        var committee = Committee(9, 9);
        var colleague = Member("同部门委员", unit: "甲公司", department: "一车间");
        committee.AddMember(colleague);
        var session = Started(Session(committee, [candidate]));
        session.RecordAttendance(committee.Members.Select(m => m.Id));
        session.OpenBallot(candidate.Id);

        Assert.Equal("EVAL-REVIEW-011", session.Vote(candidate.Id, colleague.Id, VoteChoice.For, Now).Code);
        var voters = committee.Members.Where(m => m.Id != colleague.Id).ToList();
        for (var i = 0; i < 9; i++)
            session.Vote(candidate.Id, voters[i].Id, i < 5 ? VoteChoice.For : i < 8 ? VoteChoice.Against : VoteChoice.Abstain, Now);
        var record = session.CloseBallot(candidate.Id)!;

        Assert.Equal(9, record.Members);
        Assert.Equal(1, record.Recused);
        Assert.Equal(9, record.Present);
        Assert.Equal(VoteConclusion.Passed, record.Conclusion); // 5/9 ≥ 50%
        Assert.Contains(session.Conflicts.Recusals, r => r.MemberId == colleague.Id && r.CandidateId == candidate.Id);
    }

    [Fact]
    public void Vote_PassesOnEligibleDenominator_When5Of9For超过Half()
    {
        var candidate = Candidate("李四", unit: "甲公司", department: "一车间");
        var committee = Committee(9, 9);
        committee.AddMember(Member("同部门委员", unit: "甲公司", department: "一车间"));
        var rules = new VotingRules(BallotKind.Secret, Share.Percent(50, Comparison.MoreThan), VoteDenominator.AllEligibleMembers);
        var session = Started(Session(committee, [candidate], rules));
        session.OpenBallot(candidate.Id);
        var eligible = session.EligibleMembers(candidate.Id);
        for (var i = 0; i < 5; i++) session.Vote(candidate.Id, eligible[i].Id, VoteChoice.For, Now);

        // 5 of 9 eligible is more than half; had the recused member been counted, 5 of 10 would not be.
        Assert.Equal(VoteConclusion.Passed, session.CloseBallot(candidate.Id)!.Conclusion);
    }

    [Fact]
    public void OpenBallot_IsRefused_WhenCommitteeNotConvened()
    {
        var candidate = Candidate("李四");
        var session = Session(Committee(7, 7), [candidate]);

        Assert.Equal("EVAL-REVIEW-007", session.OpenBallot(candidate.Id).Code);
    }

    [Fact]
    public void Vote_IsRefused_WhenNoBallotIsOpen()
    {
        var candidate = Candidate("李四");
        var session = Started(Session(Committee(7, 7), [candidate]));

        Assert.Equal("EVAL-VOTE-003", session.Vote(candidate.Id, session.Committee.Members[1].Id, VoteChoice.For, Now).Code);
    }

    [Fact]
    public void Vote_IsRefused_WhenSecretaryVotes()
    {
        var candidate = Candidate("李四");
        var committee = Committee(7, 7, withSecretary: true);
        var session = Started(Session(committee, [candidate]));
        session.OpenBallot(candidate.Id);

        var secretary = committee.Members.Single(m => m.Role == CommitteeRole.Secretary);
        Assert.Equal("EVAL-REVIEW-009", session.Vote(candidate.Id, secretary.Id, VoteChoice.For, Now).Code);
        Assert.Equal(7, session.VoteRecordFor(candidate.Id)!.Members);
    }

    [Fact]
    public void Vote_CountsLateArrivalTowardsQuorum_WhenAttendanceIsRecordedAfterTheBallotOpened()
    {
        var candidate = Candidate("李四");
        var committee = Committee(9, 9);
        var rules = new VotingRules(BallotKind.Secret, Share.Percent(50, Comparison.AtLeast), VoteDenominator.MembersPresent,
            Share.Fraction(2, 3, Comparison.AtLeast));
        var session = Started(Session(committee, [candidate], rules));
        session.RecordAttendance(committee.Members.Take(5).Select(m => m.Id));
        session.OpenBallot(candidate.Id);
        Assert.Equal(VoteConclusion.NoQuorum, session.VoteRecordFor(candidate.Id)!.Conclusion);

        session.RecordAttendance([committee.Members[5].Id]);
        for (var i = 0; i < 3; i++) session.Vote(candidate.Id, committee.Members[i].Id, VoteChoice.For, Now);

        var record = session.CloseBallot(candidate.Id)!;
        Assert.Equal(6, record.Present);
        Assert.Equal(VoteConclusion.Passed, record.Conclusion); // 6 of 9 present meets 2/3; 3 of 6 present meets 50%以上
    }

    [Theory]
    [InlineData(Comparison.AtLeast, VoteConclusion.Passed)]
    [InlineData(Comparison.MoreThan, VoteConclusion.Failed)]
    public void Vote_Decides5For3Against2Abstain_ByTheThresholdsInclusiveness(Comparison comparison, VoteConclusion expected)
    {
        var candidate = Candidate("李四");
        var committee = Committee(10, 10);
        var rules = new VotingRules(BallotKind.Open, Share.Percent(50, comparison), VoteDenominator.AllEligibleMembers);
        var session = Started(Session(committee, [candidate], rules));
        session.OpenBallot(candidate.Id);
        for (var i = 0; i < 10; i++)
            session.Vote(candidate.Id, committee.Members[i].Id, i < 5 ? VoteChoice.For : i < 8 ? VoteChoice.Against : VoteChoice.Abstain, Now);

        var record = session.CloseBallot(candidate.Id)!;

        Assert.Equal((10, 5, 3, 2), (record.Members, record.For, record.Against, record.Abstain));
        Assert.Equal(expected, record.Conclusion);
    }
}
