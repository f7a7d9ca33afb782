using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class AppraisalsConditionTests
{
    private static readonly DateOnly Reference = new(2019, 6, 13);

    private static readonly AppraisalsCondition AllPassedInFiveYears = new()
    {
        Code = "appraisals", LastYears = 5, MinGrade = AppraisalGrade.Passed,
    };

    private static ApplicantFacts Grades(params (int Year, AppraisalGrade Grade)[] grades) =>
        ConditionHarness.Nobody with { Appraisals = grades.ToDictionary(g => g.Year, g => g.Grade) };

    [Fact]
    public void Evaluate_IsMet_WhenTheFiveCompletedYearsBeforeTheReferenceYearPassed()
    {
        var facts = Grades((2014, AppraisalGrade.Passed), (2015, AppraisalGrade.Excellent), (2016, AppraisalGrade.Passed),
            (2017, AppraisalGrade.Passed), (2018, AppraisalGrade.Passed));

        var result = ConditionHarness.Evaluate(AllPassedInFiveYears, facts, Reference);

        Assert.Equal(ConditionOutcome.Met, result.Outcome);
        Assert.StartsWith("2014—2018年", result.Sentence);
    }

    [Fact]
    public void Evaluate_IsNotMet_WhenOneYearWasOnlyBasicallyPassed()
    {
        var facts = Grades((2014, AppraisalGrade.Passed), (2015, AppraisalGrade.BasicallyPassed), (2016, AppraisalGrade.Passed),
            (2017, AppraisalGrade.Passed), (2018, AppraisalGrade.Passed));

        Assert.Equal(ConditionOutcome.NotMet, ConditionHarness.Evaluate(AllPassedInFiveYears, facts, Reference).Outcome);
    }

    [Fact]
    public void Evaluate_IsUnknownListingTheYear_WhenAYearIsMissing()
    {
        var facts = Grades((2014, AppraisalGrade.Passed), (2015, AppraisalGrade.Passed), (2016, AppraisalGrade.Passed), (2017, AppraisalGrade.Passed));

        var result = ConditionHarness.Evaluate(AllPassedInFiveYears, facts, Reference);

        Assert.Equal(ConditionOutcome.Unknown, result.Outcome);
        Assert.Equal([FactNames.Appraisal(2018)], result.MissingFacts);
    }

    [Fact]
    public void Evaluate_IsMetDespiteMissingYears_WhenThreeExcellentAreAlreadyKnown()
    {
        var threeExcellent = AllPassedInFiveYears with { MinGrade = AppraisalGrade.Excellent, Count = new Threshold(3, Comparison.AtLeast) };
        var facts = Grades((2016, AppraisalGrade.Excellent), (2017, AppraisalGrade.Excellent), (2018, AppraisalGrade.Excellent));

        Assert.Equal(ConditionOutcome.Met, ConditionHarness.Evaluate(threeExcellent, facts, Reference).Outcome);
    }
}
