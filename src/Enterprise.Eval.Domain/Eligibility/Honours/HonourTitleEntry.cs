using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Honours;

/// <summary>A title the vocabulary lists by name, the level it fixes (null: the record's 级别 decides) and its other spellings.</summary>
public sealed record HonourTitleEntry(string Title, AchievementLevel? Level, IReadOnlyList<string> Aliases);
