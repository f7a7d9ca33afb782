using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// What an issue run did: the certificates it issued (in allocation order) and, for candidates who already held an
/// unrevoked certificate of the same cycle and level, that certificate (so repeating a run issues nothing twice).
/// </summary>
public sealed record IssueOutcome(IReadOnlyList<Certificate> Issued, IReadOnlyList<Certificate> AlreadyHeld);
