using Enterprise.Eval.Domain.Eligibility.Routes;

namespace Enterprise.Eval.Domain.Eligibility.Verdicts;

/// <summary>
/// The screening result for one applicant: the kind, the route that decided it (and what it waived), priority
/// markers met, what is missing or pending, the reasons it failed, and the full per-route trace.
/// </summary>
public sealed record Verdict
{
    public required VerdictKind Kind { get; init; }
    public required DateOnly ReferenceDate { get; init; }
    public Route? Route { get; init; }
    /// <summary>Codes of the conditions a relaxation route waived.</summary>
    public IReadOnlyList<string> Waived { get; init; } = [];
    /// <summary>Chinese labels of <see cref="Waived"/>, in the same order.</summary>
    public IReadOnlyList<string> WaivedNames { get; init; } = [];
    public IReadOnlyList<string> PriorityReasons { get; init; } = [];
    public IReadOnlyList<string> MissingFacts { get; init; } = [];
    /// <summary>Item codes HR still has to attest.</summary>
    public IReadOnlyList<string> PendingAttestations { get; init; } = [];
    /// <summary>Chinese names of <see cref="PendingAttestations"/>, in the same order.</summary>
    public IReadOnlyList<string> PendingAttestationNames { get; init; } = [];
    public IReadOnlyList<string> FailingReasons { get; init; } = [];
    public required IReadOnlyList<RouteEvaluation> Routes { get; init; }
    public required string Summary { get; init; }

    public bool IsPriority => PriorityReasons.Count > 0;
    public bool IsEligible => Kind is VerdictKind.EligibleStandard or VerdictKind.EligibleByRelaxation or VerdictKind.DirectlyConfirmed;
}
