namespace Enterprise.Eval.Domain.Assessors;

/// <summary>
/// Which assessor an enterprise's schemes are submitted to (方案报审), set by the administrator: at most one per
/// enterprise. The enterprise's registration names whom it registered with (<c>RegistrationAuthority</c>); this links
/// the body that acts.
/// </summary>
public sealed class AssessorAssignment
{
    private AssessorAssignment() { }

    public Guid EnterpriseId { get; private set; }

    public Guid AssessorId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public static AssessorAssignment Assign(Guid enterpriseId, Guid assessorId, DateTimeOffset now)
    {
        if (enterpriseId == Guid.Empty) throw new ArgumentException("An assignment needs an enterprise.", nameof(enterpriseId));
        if (assessorId == Guid.Empty) throw new ArgumentException("An assignment needs an assessor.", nameof(assessorId));
        return new AssessorAssignment { EnterpriseId = enterpriseId, AssessorId = assessorId, AssignedAt = now };
    }

    /// <summary>Moves the enterprise to another assessor; false when it already is that one's. Schemes already submitted stay where they went.</summary>
    public bool MoveTo(Guid assessorId, DateTimeOffset now)
    {
        if (assessorId == Guid.Empty) throw new ArgumentException("An assignment needs an assessor.", nameof(assessorId));
        if (assessorId == AssessorId) return false;
        (AssessorId, AssignedAt) = (assessorId, now);
        return true;
    }
}
