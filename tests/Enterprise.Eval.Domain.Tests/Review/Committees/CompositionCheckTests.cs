using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;

namespace Enterprise.Eval.Domain.Tests.Review.Committees;

public sealed class CompositionCheckTests
{
    [Fact]
    public void Check_RefusesExpertShare_When9MembersHave5Experts()
    {
        var committee = ReviewFixtures.Committee(size: 9, experts: 5);

        var violations = committee.CheckComposition();

        var violation = Assert.Single(violations);
        Assert.Equal("EVAL-REVIEW-003", violation.Code);
        Assert.Contains("三分之二", violation.Message);
    }

    [Fact]
    public void Check_Accepts_When9MembersHave6Experts()
    {
        var committee = ReviewFixtures.Committee(size: 9, experts: 6);

        Assert.Empty(committee.CheckComposition());
    }

    [Theory]
    [InlineData(6, 6, false)]
    [InlineData(7, 5, true)]
    [InlineData(15, 10, true)]
    [InlineData(16, 16, false)]
    public void Check_AppliesInclusiveSizeRange_WhenWenzhouRules(int size, int experts, bool valid)
    {
        var committee = ReviewFixtures.Committee(size, experts);

        var violations = committee.CheckComposition();

        Assert.Equal(valid, violations.Count == 0);
        if (!valid) Assert.Contains(violations, v => v.Code == "EVAL-REVIEW-001");
    }

    [Fact]
    public void Check_ReturnsEveryViolation_WhenSeveralRulesAreBroken()
    {
        var rules = new CompositionRules(7, 15, Share.Fraction(2, 3, Comparison.AtLeast), oddSizeRequired: true);
        var committee = new Committee(Guid.NewGuid(), Guid.NewGuid(), "评审委员会", rules);
        for (var i = 0; i < 6; i++) committee.AddMember(ReviewFixtures.Member($"委员{i}", expert: i < 2));

        var codes = committee.CheckComposition().Select(v => v.Code).ToList();

        Assert.Equal(["EVAL-REVIEW-001", "EVAL-REVIEW-002", "EVAL-REVIEW-003", "EVAL-REVIEW-004"], codes);
    }

    [Fact]
    public void Check_LeavesSecretaryOutOfSizeAndShare_WhenSecretaryIsNotAnExpert()
    {
        var committee = ReviewFixtures.Committee(size: 9, experts: 6, withSecretary: true);

        Assert.Empty(committee.CheckComposition());
    }

    [Fact]
    public void Convene_StaysOpenAndReturnsViolations_WhenCompositionIsInvalid()
    {
        var committee = ReviewFixtures.Committee(size: 9, experts: 5);

        var violations = committee.Convene(ReviewFixtures.Now);

        Assert.NotEmpty(violations);
        Assert.False(committee.IsConvened);
    }

    [Fact]
    public void AddMember_IsRefused_WhenCommitteeIsConvened()
    {
        var committee = ReviewFixtures.Committee(size: 7, experts: 7);
        Assert.Empty(committee.Convene(ReviewFixtures.Now));

        var outcome = committee.AddMember(ReviewFixtures.Member("迟到委员"));

        Assert.Equal("EVAL-REVIEW-006", outcome.Code);
        Assert.Equal(7, committee.Members.Count);
    }

    [Fact]
    public void ExpertPanel_RequiresOnlyExperts_WhenWenzhouPanelRules()
    {
        var panel = ReviewFixtures.Committee(size: 3, experts: 2, rules: CompositionRules.WenzhouExpertPanel);

        Assert.Contains(panel.CheckComposition(), v => v.Code == "EVAL-REVIEW-003");
    }
}
