using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.SchemeDocuments;
using Enterprise.Eval.Domain.SchemeDocuments.Events;

namespace Enterprise.Eval.Domain.Tests.SchemeDocuments;

public sealed class SchemeDocumentSpecs
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Centre = Guid.NewGuid();

    private static SchemeDocument Draft(bool assessmentRequired) => SchemeDocument.Upload(
        Guid.NewGuid(), Guid.NewGuid(), "scheme.yaml", "id: x\n", "x", "方案", 2026, SkillLevel.GrandTechnician, assessmentRequired, At, "hr");

    [Fact]
    public void Upload_KeepsTheTextAndItsSha256()
    {
        var document = Draft(assessmentRequired: true);

        Assert.Equal("id: x\n", document.Content);
        // printf 'id: x\n' | sha256sum
        Assert.Equal("52b881e6cd7cfd1529038bb81780c86a64d968521573d22cc53823a0dc3aba8f", document.Sha256);
    }

    [Fact]
    public void Approve_WhenAssessmentRequiredAndNotSubmitted_Throws003()
    {
        var document = Draft(assessmentRequired: true);

        var error = Assert.Throws<DomainException>(() => document.Approve(At, "hr"));

        Assert.Equal(SchemeDocumentErrors.AssessmentRequiredCode, error.Code);
        Assert.Equal(SchemeDocumentStatus.Draft, document.Status);
    }

    [Fact]
    public void Lifecycle_WithAssessment_GoesSubmittedReturnedSubmittedApprovedPublished()
    {
        var document = Draft(assessmentRequired: true);

        var moves = new[]
        {
            document.Submit(Centre, At, "hr"), document.ReturnByAssessor(Centre, "补充材料", At, "评估机构"), document.Submit(Centre, At, "hr"),
            document.ApproveByAssessor(Centre, At, "评估机构"), document.Publish(At, "hr"),
        };

        Assert.Equal(
            [SchemeDocumentStatus.SubmittedForAssessment, SchemeDocumentStatus.Returned, SchemeDocumentStatus.SubmittedForAssessment,
             SchemeDocumentStatus.Approved, SchemeDocumentStatus.Published],
            moves.Select(m => m.To));
        Assert.Equal("补充材料", moves[1].Note);
        Assert.True(document.CanOpenCycle);
        Assert.Equal(Centre, document.AssessorId);
    }

    [Fact]
    public void EveryTransition_IsRecordedAsADomainEvent_InOrder_AndARefusedOneRecordsNothing()
    {
        var document = Draft(assessmentRequired: true);
        document.Submit(Centre, At, "hr");
        Assert.Throws<DomainException>(() => document.Approve(At, "hr"));
        document.ReturnByAssessor(Centre, "补充材料", At, "评估机构");
        document.Submit(Centre, At, "hr");
        document.ApproveByAssessor(Centre, At, "评估机构");
        document.Publish(At, "hr");

        var events = ((IHasDomainEvents)document).TakeDomainEvents().Select(r => r.Event).ToList();

        Assert.Equal([typeof(SchemeUploaded), typeof(SchemeSubmitted), typeof(SchemeReturned), typeof(SchemeSubmitted), typeof(SchemeApproved), typeof(SchemePublished)],
            events.Select(e => e.GetType()));
        Assert.Equal("补充材料", ((SchemeReturned)events[2]).Transition.Note);
        Assert.Empty(((IHasDomainEvents)document).TakeDomainEvents());
    }

    [Fact]
    public void Approve_ByTheEnterpriseAfterSubmission_Throws006_AndLeavesItWithTheAssessor()
    {
        var document = Draft(assessmentRequired: true);
        document.Submit(Centre, At, "hr");

        var error = Assert.Throws<DomainException>(() => document.Approve(At, "hr"));

        Assert.Equal(SchemeDocumentErrors.EnterpriseCannotAssessCode, error.Code);
        Assert.Equal(SchemeDocumentStatus.SubmittedForAssessment, document.Status);
    }

    [Fact]
    public void ApproveByAssessor_NotTheAssessorItWasSubmittedTo_IsRefused()
    {
        var document = Draft(assessmentRequired: true);
        document.Submit(Centre, At, "hr");

        Assert.Throws<InvalidOperationException>(() => document.ApproveByAssessor(Guid.NewGuid(), At, "另一机构"));
        Assert.Equal(SchemeDocumentStatus.SubmittedForAssessment, document.Status);
    }

    [Fact]
    public void Approve_WithoutAssessment_IsHrsOwnFromDraft_AndSubmitIsRefused()
    {
        var document = Draft(assessmentRequired: false);

        Assert.Equal(SchemeDocumentErrors.AssessmentNotRequiredCode, Assert.Throws<DomainException>(() => document.Submit(Centre, At, "hr")).Code);
        document.Approve(At, "hr");

        Assert.Equal(SchemeDocumentStatus.Approved, document.Status);
        Assert.False(document.CanOpenCycle);
    }

    [Fact]
    public void Return_WithoutComments_Throws004()
    {
        var document = Draft(assessmentRequired: true);
        document.Submit(Centre, At, "hr");

        Assert.Equal(SchemeDocumentErrors.CommentsRequiredCode, Assert.Throws<DomainException>(() => document.ReturnByAssessor(Centre, " ", At, "x")).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void EnsureCanOpenCycle_BeforePublished_Throws005(int approvals)
    {
        var document = Draft(assessmentRequired: false);
        if (approvals > 0) document.Approve(At, "hr");

        Assert.Equal(SchemeDocumentErrors.NotUsableCode, Assert.Throws<DomainException>(document.EnsureCanOpenCycle).Code);
    }

    [Fact]
    public void Publish_BeforeApproval_Throws001()
    {
        var document = Draft(assessmentRequired: false);

        Assert.Equal(SchemeDocumentErrors.WrongStatusCode, Assert.Throws<DomainException>(() => document.Publish(At, "hr")).Code);
    }
}
