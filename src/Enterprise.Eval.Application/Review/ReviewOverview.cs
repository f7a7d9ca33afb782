using Enterprise.Eval.Domain.Review.Conflicts;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Application.Review;

/// <summary>Where a review stands: committee, candidates with their recusals and eligible counts, stages, ballots.</summary>
public sealed record ReviewOverview(
    Guid SessionId,
    Guid CycleId,
    string Committee,
    bool Convened,
    DateTimeOffset? ConvenedAt,
    IReadOnlyList<ReviewOverview.MemberView> Members,
    IReadOnlyList<ReviewOverview.CandidateView> Candidates,
    IReadOnlyList<ReviewOverview.StageView> Stages,
    IReadOnlyList<Recusal> Recusals,
    IReadOnlyList<VoteRecord> Ballots)
{
    public sealed record MemberView(Guid Id, string Name, string Role, bool IsExpert);

    public sealed record CandidateView(Guid Id, string Name, string Department, string Occupation, int EligibleMembers, decimal Composite);

    public sealed record StageView(string Code, string Name, string Kind, bool IsClosed);

    internal static ReviewOverview Of(ReviewState state)
    {
        var s = state.Session;
        return new ReviewOverview(state.Record.Id, state.Record.CycleId, s.Committee.Name, s.Committee.IsConvened,
            s.Committee.ConvenedAt,
            s.Committee.Members.Select(m => new MemberView(m.Id, m.Name, m.RoleName, m.IsExpert)).ToList(),
            s.Candidates.Select(c => new CandidateView(c.Id, c.Name, c.Department, c.Occupation,
                s.EligibleMembers(c.Id).Count, s.CompositeFor(c.Id).Total)).ToList(),
            s.Stages.Select(st => new StageView(st.Definition.Code, st.Definition.Name, st.Definition.Kind.ToString(), st.IsClosed)).ToList(),
            s.Conflicts.Recusals,
            s.Candidates.Select(c => s.VoteRecordFor(c.Id)).OfType<VoteRecord>().Where(v => v.Kind == BallotKind.Open || v.IsFinal).ToList());
    }
}
