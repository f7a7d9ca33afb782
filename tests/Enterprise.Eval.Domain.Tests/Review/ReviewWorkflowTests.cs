using Enterprise.Eval.Domain.Review.Outputs;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Voting;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review;

/// <summary>From a convened committee to the recommended list, the way a cycle runs it.</summary>
public sealed class ReviewWorkflowTests
{
    [Fact]
    public void Workflow_RecommendsOnlyCandidatesWhoPassedStagesAndVote_InMeritOrder()
    {
        var strong = Candidate("强", occupation: "车工");
        var good = Candidate("良", occupation: "钳工");
        var rejected = Candidate("否", occupation: "车工");
        var session = Started(Session(Committee(7, 7), [strong, good, rejected]));
        var members = session.Committee.Members;
        session.RecordAttendance(members.Select(m => m.Id));
        foreach (var (candidate, defence, votesFor) in new[] { (strong, 90m, 7), (good, 80m, 4), (rejected, 95m, 3) })
        {
            foreach (var m in members.Take(3))
            {
                session.Verdict("material", m.Id, candidate.Id, true, Now);
                session.Score("defence", m.Id, candidate.Id, defence, Now);
                session.Score("performance", m.Id, candidate.Id, 70, Now);
            }
            session.OpenBallot(candidate.Id);
            for (var i = 0; i < 7; i++)
                session.Vote(candidate.Id, members[i].Id, i < votesFor ? VoteChoice.For : VoteChoice.Against, Now);
            session.CloseBallot(candidate.Id);
        }

        var entries = RankingEntry.AllFrom(session, voteRequired: true);
        var result = Recommender.Recommend(RecommendationPolicy.Simple(null), entries);
        var rows = ReviewOutputs.RecommendedList(result.Recommended, "特级技师");

        Assert.Equal(["强", "良"], rows.Select(r => r.Name));
        Assert.Equal([82.00m, 76.00m], rows.Select(r => r.CompositeScore));
        Assert.False(entries.Single(e => e.Candidate.Id == rejected.Id).PassedReview); // 3 of 7 < 50%
    }
}
