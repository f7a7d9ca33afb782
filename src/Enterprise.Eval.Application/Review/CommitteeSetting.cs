using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;

namespace Enterprise.Eval.Application.Review;

/// <summary>The answer to setting the committee: convened, or every composition rule it breaks (nothing stored).</summary>
public sealed record CommitteeSetting(bool Convened, IReadOnlyList<CompositionViolation> Violations)
{
    public static CommitteeSetting Refused(ReviewOutcome outcome) =>
        new(false, [new CompositionViolation(outcome.Code ?? "EVAL-REVIEW", outcome.Message ?? "")]);
}
