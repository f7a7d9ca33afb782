using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Honours;

/// <summary>
/// A record after the vocabulary read its title: the record as it counts from now on (family, canonical title and,
/// where the title fixes it, the level set) and what HR should look at. <see cref="Problem"/> is null when the title
/// was understood and its level is known.
/// </summary>
public sealed record HonourResolution(AchievementRecord Record, HonourProblem? Problem, string? Message);
