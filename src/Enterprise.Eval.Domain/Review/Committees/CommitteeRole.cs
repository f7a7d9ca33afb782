namespace Enterprise.Eval.Domain.Review.Committees;

/// <summary>A member's role. The secretary keeps the minutes and neither scores nor votes (see <see cref="CommitteeMember.IsVoting"/>).</summary>
public enum CommitteeRole
{
    /// <summary>主任 / 组长.</summary>
    Chair,
    /// <summary>委员.</summary>
    Member,
    /// <summary>秘书.</summary>
    Secretary,
}
