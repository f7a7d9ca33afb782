using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Review.Committees;

/// <summary>
/// What a committee must look like before it may score or vote. Sizes count voting members only (chair and members,
/// not the secretary) and are inclusive ("一般为7-15人" → 7 ≤ size ≤ 15). The expert share is a
/// <see cref="Threshold"/> on experts / voting members, written as an exact fraction (see <see cref="Share"/>).
/// </summary>
public sealed record CompositionRules
{
    public CompositionRules(int minSize, int maxSize, Threshold? expertShare = null, bool oddSizeRequired = false,
        bool chairRequired = true)
    {
        if (minSize < 1) throw new ArgumentOutOfRangeException(nameof(minSize), minSize, "Minimum size must be at least 1.");
        if (maxSize < minSize) throw new ArgumentOutOfRangeException(nameof(maxSize), maxSize, "Maximum size must not be below the minimum.");
        MinSize = minSize;
        MaxSize = maxSize;
        ExpertShare = expertShare;
        OddSizeRequired = oddSizeRequired;
        ChairRequired = chairRequired;
    }

    public int MinSize { get; }
    public int MaxSize { get; }
    public Threshold? ExpertShare { get; }
    public bool OddSizeRequired { get; }
    public bool ChairRequired { get; }

    /// <summary>温州 001 直接认定评审委员会: 7–15 people, experts 不少于三分之二.</summary>
    public static CompositionRules WenzhouCommittee { get; } =
        new(7, 15, Share.Fraction(2, 3, Comparison.AtLeast));

    /// <summary>温州 001 专家考评组: 3–7 experts. The seed names only experts, so every member must be one.</summary>
    public static CompositionRules WenzhouExpertPanel { get; } =
        new(3, 7, Share.Fraction(1, 1, Comparison.AtLeast));
}
