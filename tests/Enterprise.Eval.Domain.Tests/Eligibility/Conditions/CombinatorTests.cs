using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;
using static Enterprise.Eval.Domain.Eligibility.Conditions.ConditionOutcome;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class CombinatorTests
{
    [Theory]
    [InlineData(new[] { Met, Met }, Met)]
    [InlineData(new[] { Met, NotMet, Unknown }, NotMet)]
    [InlineData(new[] { Met, Unknown, NeedsAttestation }, Unknown)]
    [InlineData(new[] { Met, NeedsAttestation }, NeedsAttestation)]
    public void All_IsDecidedByAnyNotMet_ElseStaysOpen(ConditionOutcome[] children, ConditionOutcome expected)
    {
        Assert.Equal(expected, OutcomeAlgebra.All(children));
    }

    [Theory]
    [InlineData(new[] { NotMet, Met }, Met)]
    [InlineData(new[] { NotMet, NotMet }, NotMet)]
    [InlineData(new[] { NotMet, NeedsAttestation, Unknown }, NeedsAttestation)]
    [InlineData(new[] { NotMet, Unknown }, Unknown)]
    public void Any_IsDecidedByAnyMet_ElseStaysOpen(ConditionOutcome[] children, ConditionOutcome expected)
    {
        Assert.Equal(expected, OutcomeAlgebra.Any(children));
    }

    [Theory]
    [InlineData(new[] { Met, Met, NotMet }, Met)]
    [InlineData(new[] { Met, NotMet, NotMet }, NotMet)]
    [InlineData(new[] { Met, Unknown, NotMet }, Unknown)]
    public void AtLeastTwo_CountsMetChildren(ConditionOutcome[] children, ConditionOutcome expected)
    {
        Assert.Equal(expected, OutcomeAlgebra.AtLeast(2, children));
    }

    [Fact]
    public void Not_InvertsDefiniteOutcomes_AndKeepsOpenOnes()
    {
        Assert.Equal(NotMet, OutcomeAlgebra.Not(Met));
        Assert.Equal(Met, OutcomeAlgebra.Not(NotMet));
        Assert.Equal(Unknown, OutcomeAlgebra.Not(Unknown));
    }

    [Fact]
    public void Reference_EvaluatesTheNamedCondition()
    {
        var named = new Dictionary<string, Condition>
        {
            ["still"] = new StillInOccupationCondition { Code = "still" },
        };
        var any = new AnyCondition
        {
            Code = "group", Children = [new ReferenceCondition { Code = "group/1", Target = "still" }],
        };
        var facts = ConditionHarness.Nobody with { StillInOccupation = true, LevelHeld = SkillLevel.SeniorTechnician };

        var result = ConditionHarness.Evaluate(any, facts, new DateOnly(2026, 1, 1), named);

        Assert.Equal(Met, result.Outcome);
        Assert.Equal("仍从事本职业（工种）工作", result.Sentence);
    }

    [Fact]
    public void All_ListsMissingFactsOfOpenChildren()
    {
        var all = new AllCondition
        {
            Code = "all",
            Children = [new StillInOccupationCondition { Code = "a" }, new NoActiveBanCondition { Code = "b" }],
        };

        var result = ConditionHarness.Evaluate(all, ConditionHarness.Nobody, new DateOnly(2026, 1, 1));

        Assert.Equal(Unknown, result.Outcome);
        Assert.Equal([FactNames.StillInOccupation, FactNames.Bans], result.MissingFacts);
    }
}
