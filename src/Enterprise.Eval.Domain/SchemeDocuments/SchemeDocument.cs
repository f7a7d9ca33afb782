using System.Security.Cryptography;
using System.Text;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.SchemeDocuments.Events;

namespace Enterprise.Eval.Domain.SchemeDocuments;

/// <summary>
/// An enterprise's 工作方案 as uploaded: the YAML text byte for byte, its SHA-256, the facts read from it, and its
/// lifecycle. A scheme that requires assessment (方案报审, 江苏) goes Draft → SubmittedForAssessment → Approved or
/// Returned, submitted to the enterprise's assessor and decided by that assessor alone (seed 004 二(三): 省职业技能鉴定中心
/// 组织专家对方案进行评估); one that does not is approved by HR from Draft. Only an approved scheme published to staff may
/// open a cycle. Each method returns the transition it made and records it as a domain event (Events/), whose
/// handlers (the audit record …) run in the same save.
/// </summary>
public sealed class SchemeDocument : IHasDomainEvents
{
    private readonly DomainEventLog _events = new();

    // For persistence.
    private SchemeDocument()
    {
    }

    bool IHasDomainEvents.HasDomainEvents => _events.HasEvents;

    IReadOnlyList<RecordedDomainEvent> IHasDomainEvents.TakeDomainEvents() => _events.TakeAll();

    public Guid Id { get; private set; }

    public Guid EnterpriseId { get; private set; }

    /// <summary>The scheme's own <c>id</c> (the template it was built from, e.g. jiangsu-grand-technician).</summary>
    public string TemplateId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public int Year { get; private set; }

    public SkillLevel TargetLevel { get; private set; }

    public bool AssessmentRequired { get; private set; }

    public string FileName { get; private set; } = "";

    public string Content { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 content.</summary>
    public string Sha256 { get; private set; } = "";

    public SchemeDocumentStatus Status { get; private set; }

    public string? ReturnComments { get; private set; }

    /// <summary>The assessor the scheme was last submitted to (方案报审); null for a scheme never submitted.</summary>
    public Guid? AssessorId { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool CanOpenCycle => Status == SchemeDocumentStatus.Published;

    public static SchemeDocument Upload(
        Guid id, Guid enterpriseId, string fileName, string content, string templateId, string title, int year, SkillLevel targetLevel,
        bool assessmentRequired, DateTimeOffset at, string by)
    {
        if (id == Guid.Empty) throw new ArgumentException("A scheme needs an id.", nameof(id));
        if (enterpriseId == Guid.Empty) throw new ArgumentException("A scheme needs an enterprise.", nameof(enterpriseId));
        ArgumentException.ThrowIfNullOrWhiteSpace(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var document = new SchemeDocument
        {
            Id = id, EnterpriseId = enterpriseId, FileName = string.IsNullOrWhiteSpace(fileName) ? "scheme.yaml" : fileName,
            Content = content, Sha256 = HashOf(content), TemplateId = templateId, Title = title, Year = year,
            TargetLevel = targetLevel, AssessmentRequired = assessmentRequired, Status = SchemeDocumentStatus.Draft,
            UploadedAt = at, UploadedBy = by, UpdatedAt = at,
        };
        document._events.Record(new SchemeUploaded(document));
        return document;
    }

    public static string HashOf(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>
    /// 方案报审 to <paramref name="assessorId"/> (the enterprise's assessor): only for a scheme that requires assessment; a
    /// returned scheme may be submitted again.
    /// </summary>
    public SchemeDocumentTransition Submit(Guid assessorId, DateTimeOffset at, string by)
    {
        if (!AssessmentRequired) throw SchemeDocumentErrors.AssessmentNotRequired();
        if (assessorId == Guid.Empty) throw new ArgumentException("A submission needs an assessor.", nameof(assessorId));
        if (Status is not (SchemeDocumentStatus.Draft or SchemeDocumentStatus.Returned))
            throw SchemeDocumentErrors.WrongStatus("报审", Status);
        AssessorId = assessorId;
        return Record(Move("scheme.submitted", SchemeDocumentStatus.SubmittedForAssessment, at, by, note: null), t => new SchemeSubmitted(this, t));
    }

    /// <summary>
    /// HR's own approval, for a scheme that requires no assessment. A scheme that does is decided by its assessor
    /// (<see cref="ApproveByAssessor"/>): the enterprise cannot approve it (EVAL-SCHEMEDOC-006), and a draft must be
    /// submitted first (EVAL-SCHEMEDOC-003).
    /// </summary>
    public SchemeDocumentTransition Approve(DateTimeOffset at, string by)
    {
        if (AssessmentRequired && Status == SchemeDocumentStatus.Draft) throw SchemeDocumentErrors.AssessmentRequired();
        if (AssessmentRequired) throw SchemeDocumentErrors.EnterpriseCannotAssess();
        if (Status != SchemeDocumentStatus.Draft) throw SchemeDocumentErrors.WrongStatus("审定通过", Status);
        return Record(Move("scheme.approved", SchemeDocumentStatus.Approved, at, by, note: null), t => new SchemeApproved(this, t));
    }

    /// <summary>The assessment passed (方案通过评估), recorded by the assessor the scheme was submitted to.</summary>
    public SchemeDocumentTransition ApproveByAssessor(Guid assessorId, DateTimeOffset at, string by)
    {
        EnsureSubmittedTo(assessorId, "审定通过");
        return Record(Move("scheme.approved", SchemeDocumentStatus.Approved, at, by, note: null), t => new SchemeApproved(this, t));
    }

    /// <summary>Returns a submitted scheme with the assessor's comments; the enterprise may change it and submit again.</summary>
    public SchemeDocumentTransition ReturnByAssessor(Guid assessorId, string comments, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(comments)) throw SchemeDocumentErrors.CommentsRequired();
        EnsureSubmittedTo(assessorId, "退回");
        ReturnComments = comments.Trim();
        return Record(Move("scheme.returned", SchemeDocumentStatus.Returned, at, by, ReturnComments), t => new SchemeReturned(this, t));
    }

    private void EnsureSubmittedTo(Guid assessorId, string action)
    {
        // The use case finds the scheme through its assessor, so a stranger never reaches here; this is the invariant.
        if (AssessorId != assessorId) throw new InvalidOperationException($"Scheme {Id} was not submitted to assessor {assessorId}.");
        if (Status != SchemeDocumentStatus.SubmittedForAssessment) throw SchemeDocumentErrors.WrongStatus(action, Status);
    }

    /// <summary>Publishes an approved scheme to staff (公布).</summary>
    public SchemeDocumentTransition Publish(DateTimeOffset at, string by)
    {
        if (Status != SchemeDocumentStatus.Approved) throw SchemeDocumentErrors.WrongStatus("公布", Status);
        return Record(Move("scheme.published", SchemeDocumentStatus.Published, at, by, note: null), t => new SchemePublished(this, t));
    }

    public void EnsureCanOpenCycle()
    {
        if (!CanOpenCycle) throw SchemeDocumentErrors.NotUsable(Status);
    }

    private SchemeDocumentTransition Record(SchemeDocumentTransition transition, Func<SchemeDocumentTransition, IDomainEvent> domainEvent)
    {
        _events.Record(domainEvent(transition));
        return transition;
    }

    private SchemeDocumentTransition Move(string action, SchemeDocumentStatus to, DateTimeOffset at, string by, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var transition = new SchemeDocumentTransition(action, Status, to, at, by, note);
        Status = to;
        UpdatedAt = at;
        return transition;
    }
}
