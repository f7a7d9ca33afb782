using Enterprise.Eval.Domain.Applications.Events;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// One employee's application in one cycle: the 申报表, the facts the scheme's conditions read, the materials, and
/// the screening verdicts. Only its intention-named methods move it, each checking the current state; every method
/// returns the transition it made; submission, change, withdrawal and the closing screening also record it as a domain
/// event (Events/), whose handlers write the audit and the mail in the same save. Editable while the window is open;
/// frozen after it closes.
/// </summary>
public sealed class SkillApplication : IHasDomainEvents
{
    private readonly List<MaterialFile> _materials = [];
    private readonly DomainEventLog _events = new();

    bool IHasDomainEvents.HasDomainEvents => _events.HasEvents;

    IReadOnlyList<RecordedDomainEvent> IHasDomainEvents.TakeDomainEvents() => _events.TakeAll();

    // For persistence.
    private SkillApplication()
    {
    }

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid CycleId { get; private set; }
    /// <summary>Identity and contact are the roster's: the application references the employee.</summary>
    public Guid EmployeeId { get; private set; }
    public ApplicationStatus Status { get; private set; }

    public string? Education { get; private set; }
    public string? Degree { get; private set; }
    public string? Title { get; private set; }
    public SkillLevel? CurrentLevel { get; private set; }
    public string? Unit { get; private set; }
    public string? Department { get; private set; }
    public string? Expertise { get; private set; }
    /// <summary>申报职业（工种）, a 大典 code; null when the form left it to the roster's occupation.</summary>
    public string? AppliedOccupationCode { get; private set; }
    public bool? StillInOccupation { get; private set; }
    public string? EducationHistory { get; private set; }
    public string? WorkHistory { get; private set; }
    public string? AchievementsText { get; private set; }
    public string? Awards { get; private set; }
    public DateTimeOffset? PledgedAt { get; private set; }
    /// <summary>Achievement records in the facts CSV's vocabulary; these are what the conditions count.</summary>
    public IReadOnlyList<AchievementRecord> Achievements { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>Set when a reviewed material freezes the whole application (南通: 照片审核合格后不能再修改报名信息).</summary>
    public bool IsFrozen { get; private set; }
    public string? StatusReason { get; private set; }

    public VerdictKind? SubmissionVerdict { get; private set; }
    public string? SubmissionSummary { get; private set; }
    /// <summary>The verdict on the frozen facts at window close: the one that counts.</summary>
    public VerdictKind? ClosingVerdict { get; private set; }
    public string? ClosingSummary { get; private set; }
    public DateTimeOffset? ClosingScreenedAt { get; private set; }

    public IReadOnlyList<MaterialFile> Materials => _materials;

    public static SkillApplication Submit(
        Guid enterpriseId, Guid cycleId, Guid employeeId, ApplicationForm form, IReadOnlyList<AchievementRecord> achievements,
        ApplicationWindow window, DateTimeOffset now)
    {
        if (enterpriseId == Guid.Empty) throw new ArgumentException("An application needs an enterprise.", nameof(enterpriseId));
        if (cycleId == Guid.Empty) throw new ArgumentException("An application needs a cycle.", nameof(cycleId));
        if (employeeId == Guid.Empty) throw new ArgumentException("An application needs an employee.", nameof(employeeId));
        ArgumentNullException.ThrowIfNull(window);
        window.EnsureOpenAt(now);
        var application = new SkillApplication
        {
            Id = Guid.NewGuid(), EnterpriseId = enterpriseId, CycleId = cycleId, EmployeeId = employeeId,
            Status = ApplicationStatus.Draft, CreatedAt = now,
        };
        application.Fill(form, achievements, now);
        application.SubmittedAt = now;
        application._events.Record(new ApplicationSubmitted(application, application.Move("application.submitted", ApplicationStatus.Submitted, null)));
        return application;
    }

    /// <summary>A withdrawn application may be submitted again while the window is open.</summary>
    public ApplicationTransition Resubmit(ApplicationForm form, IReadOnlyList<AchievementRecord> achievements, ApplicationWindow window, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Withdrawn) throw ApplicationErrors.CannotDo("重新提交", Status);
        window.EnsureOpenAt(now);
        Fill(form, achievements, now);
        SubmittedAt = now;
        StatusReason = null;
        var transition = Move("application.resubmitted", ApplicationStatus.Submitted, null);
        _events.Record(new ApplicationSubmitted(this, transition));
        return transition;
    }

    public ApplicationTransition Update(ApplicationForm form, IReadOnlyList<AchievementRecord> achievements, ApplicationWindow window, DateTimeOffset now)
    {
        EnsureEditable("修改", window, now);
        Fill(form, achievements, now);
        var transition = new ApplicationTransition("application.updated", Status, Status);
        _events.Record(new ApplicationUpdated(this, transition));
        return transition;
    }

    public ApplicationTransition Withdraw(string? reason, ApplicationWindow window, DateTimeOffset now)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted)) throw ApplicationErrors.CannotDo("撤回", Status);
        window.EnsureOpenAt(now);
        StatusReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        UpdatedAt = now;
        var transition = Move("application.withdrawn", ApplicationStatus.Withdrawn, StatusReason);
        _events.Record(new ApplicationWithdrawn(this, transition));
        return transition;
    }

    /// <summary>Keeps the verdict told to the applicant at submission; it decides nothing.</summary>
    public void RecordSubmissionScreening(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        SubmissionVerdict = verdict.Kind;
        SubmissionSummary = verdict.Summary;
    }

    /// <summary>HR answered <paramref name="item"/> (an attestation, or material:CODE) and the application was screened again with it.</summary>
    public void RecordAttestation(string item, bool confirmed, string? reason, Verdict verdict)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        RecordSubmissionScreening(verdict);
        _events.Record(new ApplicationAttested(this, item, confirmed, reason, verdict));
    }

    /// <summary>
    /// The closing screening on the frozen facts: eligible with nothing open moves on to Screened; eligible but for
    /// items only HR can settle (an unconfirmed attestation, a missing required material) is Held until HR settles
    /// them; anything else is Ineligible. Screening twice keeps the first closing verdict.
    /// </summary>
    public ApplicationTransition? ScreenAtClose(Verdict verdict, GateFinding gate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(gate);
        if (Status != ApplicationStatus.Submitted) return null;
        var transition = Screen(verdict, gate, now);
        _events.Record(new ApplicationScreened(this, transition, verdict, gate));
        return transition;
    }

    private ApplicationTransition Screen(Verdict verdict, GateFinding gate, DateTimeOffset now)
    {
        ClosingVerdict = verdict.Kind;
        ClosingSummary = verdict.Summary;
        ClosingScreenedAt = now;
        UpdatedAt = now;
        if (!verdict.IsEligible && verdict.Kind != VerdictKind.NeedsAttestation)
            return Move("application.screened", ApplicationStatus.Ineligible, verdict.Summary);
        if (gate.IsRefused)
        {
            StatusReason = gate.RefusalText;
            return Move("application.screened", ApplicationStatus.Ineligible, StatusReason);
        }
        if (verdict.Kind == VerdictKind.NeedsAttestation || gate.IsOpen)
        {
            StatusReason = HeldText(verdict, gate);
            return Move("application.held", ApplicationStatus.Held, StatusReason);
        }
        return Move("application.screened", ApplicationStatus.Screened, verdict.Summary);
    }

    /// <summary>
    /// HR settled an item of a held application: screened again, it moves on (Screened) once nothing is open, leaves
    /// (Ineligible) when HR's answer rules it out, and otherwise stays held with the items still open (null).
    /// </summary>
    public ApplicationTransition? Reassess(Verdict verdict, GateFinding gate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(gate);
        if (Status != ApplicationStatus.Held) throw ApplicationErrors.CannotDo("重新审查", Status);
        UpdatedAt = now;
        ClosingVerdict = verdict.Kind;
        ClosingSummary = verdict.Summary;
        if ((!verdict.IsEligible && verdict.Kind != VerdictKind.NeedsAttestation) || gate.IsRefused)
        {
            StatusReason = gate.IsRefused ? gate.RefusalText : verdict.Summary;
            return Reassessed(Move("application.hold-ruled-out", ApplicationStatus.Ineligible, StatusReason), verdict, gate);
        }
        if (verdict.Kind == VerdictKind.NeedsAttestation || gate.IsOpen)
        {
            StatusReason = HeldText(verdict, gate);
            return null;
        }
        StatusReason = null;
        return Reassessed(Move("application.hold-released", ApplicationStatus.Screened, verdict.Summary), verdict, gate);
    }

    private ApplicationTransition Reassessed(ApplicationTransition transition, Verdict verdict, GateFinding gate)
    {
        _events.Record(new ApplicationReassessed(this, transition, verdict, gate));
        return transition;
    }

    private ApplicationTransition Removed(ApplicationTransition transition, DateTimeOffset at)
    {
        _events.Record(new ApplicantRemoved(this, transition, at));
        return transition;
    }

    /// <summary>
    /// A later "no" from HR on an item the scheme requires takes a screened applicant out at any step before the
    /// certificate (issue 18 point 1). After certification only the fraud path, which revokes the certificate, can.
    /// </summary>
    public ApplicationTransition RuleOutAfterScreening(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw ApplicationErrors.NoReason("取消资格");
        if (Status == ApplicationStatus.Certified)
            throw new Common.DomainException(GateErrors.AlreadyCertified,
                "该申报人已取得证书，人事部门的确认结论不能再取消其资格；如系弄虚作假，请按取消资格（撤销证书）办理");
        if (Status is not (ApplicationStatus.Screened or ApplicationStatus.UnderReview or ApplicationStatus.Recommended
            or ApplicationStatus.InPublicity or ApplicationStatus.Confirmed))
            throw ApplicationErrors.CannotDo("因人事确认结论取消资格", Status);
        StatusReason = reason.Trim();
        UpdatedAt = now;
        return Removed(Move("application.ruled-out", ApplicationStatus.Disqualified, StatusReason), now);
    }

    // The gate names each open item with the code HR settles it by; the verdict's summary only when it names none.
    private static string HeldText(Verdict verdict, GateFinding gate) => gate.IsOpen ? gate.Text : verdict.Summary;

    public ApplicationTransition MoveToReview() => Step(ApplicationStatus.Screened, ApplicationStatus.UnderReview, "进入评审", "application.under-review");

    public ApplicationTransition Recommend() => Step(ApplicationStatus.UnderReview, ApplicationStatus.Recommended, "推荐", "application.recommended");

    public ApplicationTransition EnterPublicity() => Step(ApplicationStatus.Recommended, ApplicationStatus.InPublicity, "进入公示", "application.in-publicity");

    public ApplicationTransition Confirm() => Step(ApplicationStatus.InPublicity, ApplicationStatus.Confirmed, "确认", "application.confirmed");

    public ApplicationTransition MarkCertified() => Step(ApplicationStatus.Confirmed, ApplicationStatus.Certified, "登记发证", "application.certified");

    /// <summary>A substantiated objection during publicity takes the applicant off the list.</summary>
    public ApplicationTransition RemoveAfterObjection(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw ApplicationErrors.NoReason("因异议取消");
        if (Status != ApplicationStatus.InPublicity) throw ApplicationErrors.CannotDo("因公示异议取消", Status);
        StatusReason = reason.Trim();
        return Move("application.removed-after-objection", ApplicationStatus.Disqualified, StatusReason);
    }

    /// <summary>Falsified materials: possible at any stage, even after certification (the certificate is then revoked).</summary>
    public ApplicationTransition Disqualify(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw ApplicationErrors.NoReason("取消资格");
        if (Status == ApplicationStatus.Disqualified) throw ApplicationErrors.CannotDo("再次取消资格", Status);
        StatusReason = reason.Trim();
        UpdatedAt = now;
        return Removed(Move("application.disqualified", ApplicationStatus.Disqualified, StatusReason), now);
    }

    /// <summary>The latest version of each item, by item code.</summary>
    public IReadOnlyList<MaterialFile> CurrentMaterials() =>
        _materials.GroupBy(m => m.ItemCode, StringComparer.Ordinal).Select(g => g.MaxBy(m => m.Version)!).ToList();

    /// <summary>Adds a checked, stored file as the next version of its item; an accepted item cannot be replaced.</summary>
    public MaterialFile AddMaterial(
        MaterialItem item, string fileName, string sha256, long sizeBytes, MaterialRules rules, ApplicationWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(rules);
        // The freeze covers the registration data, not the materials: 南通 applicants send the other items after the
        // photo check (seed 002 二(一)6 …网上报名流程结束后，申报人按要求完成报名材料报送).
        EnsureOpen("上传材料", window, now);
        var current = _materials.Where(m => m.ItemCode == item.Code).MaxBy(m => m.Version);
        if (current?.Review == MaterialReviewStatus.Accepted)
            throw new Common.DomainException(ApplicationErrors.MaterialAccepted, $"“{item.Name}”已审核通过，不能更换");
        var file = MaterialFile.Upload(Id, item.Code, (current?.Version ?? 0) + 1, fileName, sha256, sizeBytes, now, rules.ReviewWithinHours);
        _materials.Add(file);
        UpdatedAt = now;
        _events.Record(new MaterialUploaded(this, file));
        return file;
    }

    /// <summary>HR's review of one version: accepted, or returned with a reason so it can be replaced in the window.</summary>
    public MaterialFile ReviewMaterial(Guid materialId, bool accepted, string? reason, MaterialRules rules, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var file = _materials.FirstOrDefault(m => m.Id == materialId)
            ?? throw new Common.DomainException(ApplicationErrors.MaterialNotFound, "未找到该材料");
        if (Status.IsOut())
            throw ApplicationErrors.CannotDo("审核材料", Status);
        if (accepted)
        {
            file.Accept(now, by);
            if (rules.FreezesOnAccepting(file.ItemCode)) IsFrozen = true;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(reason)) throw ApplicationErrors.NoReason("退回材料");
            file.Return(reason.Trim(), now, by);
        }
        UpdatedAt = now;
        var itemName = rules.Items.FirstOrDefault(i => i.Code == file.ItemCode)?.Name ?? file.ItemCode;
        _events.Record(new MaterialReviewed(this, file, accepted, itemName));
        return file;
    }

    private void EnsureEditable(string what, ApplicationWindow window, DateTimeOffset now)
    {
        EnsureOpen(what, window, now);
        if (IsFrozen) throw ApplicationErrors.FrozenAfterReview();
    }

    private void EnsureOpen(string what, ApplicationWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted)) throw ApplicationErrors.CannotDo(what, Status);
        window.EnsureOpenAt(now);
    }

    private void Fill(ApplicationForm form, IReadOnlyList<AchievementRecord> achievements, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(achievements);
        if (!form.Pledged) throw ApplicationErrors.NoPledge();
        Education = Clean(form.Education);
        Degree = Clean(form.Degree);
        Title = Clean(form.Title);
        CurrentLevel = form.CurrentLevel;
        Unit = Clean(form.Unit);
        Department = Clean(form.Department);
        Expertise = Clean(form.Expertise);
        AppliedOccupationCode = OccupationCode(form.AppliedOccupationCode);
        StillInOccupation = form.StillInOccupation;
        EducationHistory = Clean(form.EducationHistory);
        WorkHistory = Clean(form.WorkHistory);
        AchievementsText = Clean(form.AchievementsText);
        Awards = Clean(form.Awards);
        Achievements = [.. achievements];
        PledgedAt = now;
        UpdatedAt = now;
    }

    private static string? OccupationCode(string? text)
    {
        var code = Clean(text);
        if (code is null) return null;
        var parts = code.Split('-');
        if (parts.Length != 4 || parts[0].Length != 1 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
            throw ApplicationErrors.BadAppliedOccupation(code);
        return code;
    }

    /// <summary>The occupation this application is for: the 申报职业 on the form, else the roster's.</summary>
    public string OccupationFor(string rosterOccupationCode) => AppliedOccupationCode ?? rosterOccupationCode;

    private ApplicationTransition Step(ApplicationStatus from, ApplicationStatus to, string what, string action)
    {
        if (Status != from) throw ApplicationErrors.CannotDo(what, Status);
        return Move(action, to, null);
    }

    private ApplicationTransition Move(string action, ApplicationStatus to, string? note)
    {
        var transition = new ApplicationTransition(action, Status, to, note);
        Status = to;
        return transition;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
