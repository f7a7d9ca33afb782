using Enterprise.Eval.Domain.Review.Scoring;

namespace Enterprise.Eval.Domain.Review;

/// <summary>Marks a member asked to see, or the refusal (recused members never see marks for that candidate).</summary>
public sealed record ScoreView(ReviewOutcome Outcome, IReadOnlyList<MemberScore> Marks)
{
    public static ScoreView Refused(ReviewOutcome outcome) => new(outcome, []);
}
