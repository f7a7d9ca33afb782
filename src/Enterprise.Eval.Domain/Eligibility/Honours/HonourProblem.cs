namespace Enterprise.Eval.Domain.Eligibility.Honours;

/// <summary>Why an honour record may not count as HR expects; each maps to a stable import notice code.</summary>
public enum HonourProblem
{
    /// <summary>The title is in no family of the vocabulary: no family filter can match it.</summary>
    UnknownTitle,
    /// <summary>A bare or place-prefixed title without 级别: no minimum-level filter can match it.</summary>
    LevelMissing,
    /// <summary>The title fixes a level (全国…) and the record's 级别 says another; the title's level counts.</summary>
    LevelDiffersFromTitle,
}
