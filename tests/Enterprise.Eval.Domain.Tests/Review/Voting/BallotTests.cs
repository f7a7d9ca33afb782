using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Voting;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Voting;

public sealed class BallotTests
{
    private static VoteRecord Vote(VotingRules rules, int members, int votesFor, int against, int abstain, int? present = null)
    {
        var ids = Enumerable.Range(0, members).Select(_ => Guid.NewGuid()).ToList();
        var ballot = new Ballot(Guid.NewGuid(), "李四", rules, ids, 0, ids.Take(present ?? members));
        var choices = Enumerable.Repeat(VoteChoice.For, votesFor)
            .Concat(Enumerable.Repeat(VoteChoice.Against, against))
            .Concat(Enumerable.Repeat(VoteChoice.Abstain, abstain));
        foreach (var (choice, i) in choices.Select((c, i) => (c, i)))
            Assert.True(ballot.Cast(ids[i], $"委员{i}", choice, Now.AddSeconds(i)).Accepted);
        return ballot.Close();
    }

    private static VotingRules Rules(Comparison comparison, VoteDenominator denominator = VoteDenominator.AllEligibleMembers,
        BallotKind kind = BallotKind.Open, Threshold? quorum = null) =>
        new(kind, Share.Percent(50, comparison), denominator, quorum);

    [Fact]
    public void Tally_Passes_When5Of10For_And50Percent以上OfAllMembers()
    {
        var record = Vote(Rules(Comparison.AtLeast), 10, 5, 3, 2);

        Assert.Equal(VoteConclusion.Passed, record.Conclusion);
        Assert.Equal("通过", record.ConclusionName);
        Assert.Equal((10, 5, 3, 2), (record.Members, record.For, record.Against, record.Abstain));
        Assert.Equal(50.00m, record.ForPercent);
    }

    [Fact]
    public void Tally_Fails_When5Of10For_And超过50Percent()
    {
        var record = Vote(Rules(Comparison.MoreThan), 10, 5, 3, 2);

        Assert.Equal(VoteConclusion.Failed, record.Conclusion);
        Assert.Equal("未通过", record.ConclusionName);
    }

    [Fact]
    public void Tally_UsesTheStatedDenominator_WhenAbstentionsAreLeftOut()
    {
        var record = Vote(Rules(Comparison.MoreThan, VoteDenominator.ForAndAgainst), 10, 5, 3, 2);

        Assert.Equal(8, record.DenominatorCount);
        Assert.Equal(VoteConclusion.Passed, record.Conclusion);
    }

    [Fact]
    public void Tally_CountsPresentMembers_WhenDenominatorIsMembersPresent()
    {
        var record = Vote(Rules(Comparison.MoreThan, VoteDenominator.MembersPresent), 10, 4, 2, 1, present: 7);

        Assert.Equal(7, record.Present);
        Assert.Equal(VoteConclusion.Passed, record.Conclusion); // 4/7 > 1/2, though 4/10 would not be
    }

    [Theory]
    [InlineData(Comparison.AtLeast, VoteConclusion.Passed)]
    [InlineData(Comparison.MoreThan, VoteConclusion.Failed)]
    public void Tally_IsAClearOutcome_WhenForAndAgainstTie(Comparison comparison, VoteConclusion expected)
    {
        var record = Vote(Rules(comparison, VoteDenominator.VotesCast), 8, 4, 4, 0);

        Assert.True(record.IsTie);
        Assert.Equal(expected, record.Conclusion);
    }

    [Fact]
    public void Tally_IsNoQuorum_WhenTooFewMembersPresent()
    {
        var rules = Rules(Comparison.AtLeast, quorum: Share.Fraction(2, 3, Comparison.AtLeast));

        var record = Vote(rules, 9, 5, 0, 0, present: 5);

        Assert.Equal(VoteConclusion.NoQuorum, record.Conclusion);
        Assert.Equal("未达法定人数", record.ConclusionName);
    }

    [Fact]
    public void Tally_IsQuorate_WhenExactlyTwoThirdsPresent()
    {
        var rules = Rules(Comparison.AtLeast, VoteDenominator.MembersPresent, quorum: Share.Fraction(2, 3, Comparison.AtLeast));

        Assert.Equal(VoteConclusion.Passed, Vote(rules, 9, 3, 3, 0, present: 6).Conclusion);
    }

    [Fact]
    public void Tally_HidesWhoVotedWhat_WhenBallotIsSecret()
    {
        var record = Vote(Rules(Comparison.AtLeast, kind: BallotKind.Secret), 7, 4, 2, 1);

        Assert.Empty(record.Votes);
        Assert.Equal(7, record.Voters.Count);
        Assert.Equal(4, record.For);
    }

    [Fact]
    public void Tally_ShowsEachVote_WhenBallotIsOpen()
    {
        var record = Vote(Rules(Comparison.AtLeast), 3, 2, 1, 0);

        Assert.Equal([VoteChoice.For, VoteChoice.For, VoteChoice.Against], record.Votes.Select(v => v.Choice));
    }

    [Fact]
    public void Cast_IsRefused_WhenMemberVotesTwiceOrAfterClose()
    {
        var member = Guid.NewGuid();
        var ballot = new Ballot(Guid.NewGuid(), "李四", VotingRules.Wenzhou, [member, Guid.NewGuid()], 0, []);
        ballot.Cast(member, "王工", VoteChoice.For, Now);

        Assert.Equal("EVAL-VOTE-002", ballot.Cast(member, "王工", VoteChoice.Against, Now).Code);
        ballot.Close();
        Assert.Equal("EVAL-VOTE-001", ballot.Cast(Guid.NewGuid(), "赵工", VoteChoice.For, Now).Code);
    }
}
