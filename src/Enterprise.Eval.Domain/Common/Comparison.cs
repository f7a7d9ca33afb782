namespace Enterprise.Eval.Domain.Common;

/// <summary>
/// How a threshold treats its own number. Chinese legal usage (Civil Code art. 1259): 以上、以下、以内、满、不少于、不超过
/// include the number; 超过、不满、少于 exclude it. Every threshold in a scheme states one of these.
/// </summary>
public enum Comparison
{
    /// <summary>以上 / 满 / 不少于 / 达到: actual ≥ threshold.</summary>
    AtLeast,
    /// <summary>超过 / 多于: actual &gt; threshold.</summary>
    MoreThan,
    /// <summary>以下 / 以内 / 不超过: actual ≤ threshold.</summary>
    AtMost,
    /// <summary>不满 / 少于 / 低于: actual &lt; threshold.</summary>
    LessThan,
}
