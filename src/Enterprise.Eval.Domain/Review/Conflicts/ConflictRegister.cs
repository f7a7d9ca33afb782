using Enterprise.Eval.Domain.Review.Committees;

namespace Enterprise.Eval.Domain.Review.Conflicts;

/// <summary>
/// Conflicts of interest of one committee, enforced rather than merely noted: whoever is recused for a candidate is
/// left out of that candidate's eligible members, so every threshold about them counts the right denominator.
/// A member has at most one recusal per candidate; the first recorded reason stands.
/// </summary>
public sealed class ConflictRegister
{
    private readonly List<Recusal> _recusals = [];

    public IReadOnlyList<Recusal> Recusals => _recusals;

    public bool IsRecused(Guid memberId, Guid candidateId) =>
        _recusals.Any(r => r.MemberId == memberId && r.CandidateId == candidateId);

    public ReviewOutcome Declare(CommitteeMember member, ReviewCandidate candidate, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(candidate);
        if (string.IsNullOrWhiteSpace(reason)) return ReviewRefusals.ReasonRequired();
        Add(new Recusal(member.Id, member.Name, candidate.Id, candidate.Name, ConflictSource.Declared, reason.Trim(), at));
        return ReviewOutcome.Ok;
    }

    /// <summary>Records the conflicts the roster shows (same unit and department; the candidate's line manager).</summary>
    public void Derive(IEnumerable<CommitteeMember> members, IEnumerable<ReviewCandidate> candidates, DateTimeOffset at)
    {
        var candidateList = candidates.ToList();
        foreach (var member in members)
        foreach (var candidate in candidateList)
        {
            if (IsLineManager(member, candidate))
                Add(new Recusal(member.Id, member.Name, candidate.Id, candidate.Name, ConflictSource.LineManager,
                    "系申报人的直接上级", at));
            else if (SameDepartment(member, candidate))
                Add(new Recusal(member.Id, member.Name, candidate.Id, candidate.Name, ConflictSource.SameDepartment,
                    $"与申报人同属{candidate.Unit}{candidate.Department}", at));
        }
    }

    private void Add(Recusal recusal)
    {
        if (!IsRecused(recusal.MemberId, recusal.CandidateId)) _recusals.Add(recusal);
    }

    private static bool SameDepartment(CommitteeMember member, ReviewCandidate candidate) =>
        member.Department.Length > 0
        && string.Equals(member.Unit, candidate.Unit, StringComparison.Ordinal)
        && string.Equals(member.Department, candidate.Department, StringComparison.Ordinal);

    // Employee numbers are only unique within a unit, so the unit must match as well.
    private static bool IsLineManager(CommitteeMember member, ReviewCandidate candidate) =>
        member.EmployeeNumber is not null
        && string.Equals(member.EmployeeNumber, candidate.LineManagerEmployeeNumber, StringComparison.Ordinal)
        && string.Equals(member.Unit, candidate.Unit, StringComparison.Ordinal);
}
