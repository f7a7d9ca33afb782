using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Cycles.Events;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// One year's run of an approved, published scheme at one enterprise. Only its own intention-named methods move it,
/// forward one status at a time; repeating a step taken is a no-op, and every change is kept in <see cref="History"/>.
/// </summary>
public sealed class EvaluationCycle : IHasDomainEvents
{
    private readonly DomainEventLog _events = new();

    bool IHasDomainEvents.HasDomainEvents => _events.HasEvents;

    IReadOnlyList<RecordedDomainEvent> IHasDomainEvents.TakeDomainEvents() => _events.TakeAll();

    private readonly List<CycleEvent> _history = [];

    // For persistence.
    private EvaluationCycle()
    {
    }

    public Guid Id { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public Guid SchemeId { get; private set; }

    public int Year { get; private set; }

    public CycleStatus Status { get; private set; }

    public bool IsPaused { get; private set; }

    /// <summary>Who issues the certificate, fixed from the scheme when the cycle is drafted (issue 19 point 2).</summary>
    public CertificateIssuerKind CertificateIssuer { get; private set; }

    public CycleTimetable? Timetable { get; private set; }

    /// <summary>The audit trail, oldest first; also the cycle's domain events.</summary>
    public IReadOnlyList<CycleEvent> History => _history;

    public static EvaluationCycle Draft(
        Guid id, Guid enterpriseId, Guid schemeId, int year, DateTimeOffset at, string by,
        CertificateIssuerKind certificateIssuer = CertificateIssuerKind.Enterprise)
    {
        if (id == Guid.Empty) throw new ArgumentException("A cycle needs an id.", nameof(id));
        if (enterpriseId == Guid.Empty) throw new ArgumentException("A cycle needs an enterprise.", nameof(enterpriseId));
        if (schemeId == Guid.Empty) throw new ArgumentException("A cycle needs a scheme.", nameof(schemeId));
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);

        var cycle = new EvaluationCycle { Id = id, EnterpriseId = enterpriseId, SchemeId = schemeId, Year = year, CertificateIssuer = certificateIssuer };
        cycle.Add(new CycleEvent(CycleEventKind.Drafted, CycleStatus.Draft, CycleStatus.Draft, at, by));
        return cycle;
    }

    /// <summary>Fixes the timetable. May be repeated while the window has not opened; the same timetable is a no-op.</summary>
    public StepResult Schedule(CycleTimetable timetable, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Status > CycleStatus.Scheduled)
            return timetable == Timetable ? StepResult.AlreadyDone : throw CycleErrors.AlreadyRunning(Status);
        if (Status == CycleStatus.Scheduled && timetable == Timetable)
            return StepResult.AlreadyDone;

        var note = Status == CycleStatus.Scheduled ? "重新排期" : null;
        Timetable = timetable;
        return Record(CycleEventKind.Scheduled, CycleStatus.Scheduled, at, by, lateBy: null, note);
    }

    public StepResult OpenWindow(DateTimeOffset at, string by) => Advance(CycleStep.OpenWindow, at, by);

    public StepResult CloseWindow(DateTimeOffset at, string by) => Advance(CycleStep.CloseWindow, at, by);

    public StepResult StartReview(DateTimeOffset at, string by) => Advance(CycleStep.StartReview, at, by);

    public StepResult StartPublicity(DateTimeOffset at, string by) => Advance(CycleStep.StartPublicity, at, by);

    /// <summary>Ends publicity and fixes the result; refused before publicity's legal end.</summary>
    public StepResult Conclude(DateTimeOffset at, string by) => Advance(CycleStep.Conclude, at, by);

    /// <summary>报送: the unit's confirmed list goes to the authority (authority-issued schemes only).</summary>
    public StepResult Submit(DateTimeOffset at, string by) => Advance(CycleStep.Submit, at, by);

    /// <summary>Records that certificates were issued; late-by is measured against the due date.</summary>
    public StepResult Certify(DateTimeOffset at, string by) => Advance(CycleStep.Certify, at, by);

    public StepResult Report(DateTimeOffset at, string by) => Advance(CycleStep.Report, at, by);

    /// <summary>
    /// Takes a step by name, for the scheduler; <see cref="CycleStep.Schedule"/> needs a timetable and is refused here.
    /// The note is kept in the history (e.g. whom a 报送 went to).
    /// </summary>
    public StepResult Take(CycleStep step, DateTimeOffset at, string by, string? note = null) => step == CycleStep.Schedule
        ? throw new ArgumentException("Scheduling needs a timetable: call Schedule.", nameof(step))
        : Advance(step, at, by, note);

    /// <summary>Stops every step until <see cref="Resume"/>; pausing a paused cycle is a no-op.</summary>
    public StepResult Pause(DateTimeOffset at, string by, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Status is CycleStatus.Draft or CycleStatus.Reported)
            throw CycleErrors.CannotPause(Status);
        if (IsPaused)
            return StepResult.AlreadyDone;
        IsPaused = true;
        return Record(CycleEventKind.Paused, Status, at, by, lateBy: null, reason);
    }

    public StepResult Resume(DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!IsPaused)
            return StepResult.AlreadyDone;
        IsPaused = false;
        return Record(CycleEventKind.Resumed, Status, at, by, lateBy: null, note: null);
    }

    /// <summary>
    /// Moves the close of an open window later. Findings (not later, review too short …) come back as a refused
    /// result; the same close again is a no-op. Applicants and reviewers must be told of a change.
    /// </summary>
    public WindowExtension ExtendWindow(DateTimeOffset closesAt, TimetableRules rules, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Status != CycleStatus.Open || Timetable is null)
            throw CycleErrors.CannotExtend(Status);
        if (closesAt == Timetable.WindowClosesAt)
            return new WindowExtension(StepResult.AlreadyDone, CycleAudience.None);

        var plan = Timetable.WithWindowClosingAt(closesAt, rules, at);
        if (!plan.IsValid)
            return new WindowExtension(new StepResult(StepOutcome.Refused, Issues: plan.Issues), CycleAudience.None);

        var note = $"报名截止由{ChinaTime.FormatInstant(Timetable.WindowClosesAt)}延长至{ChinaTime.FormatInstant(closesAt)}";
        Timetable = plan.Timetable;
        var result = Record(CycleEventKind.WindowExtended, Status, at, by, lateBy: null, note);
        return new WindowExtension(result, CycleAudience.Applicants | CycleAudience.Reviewers);
    }

    /// <summary>The next step and its instant, or null once the cycle is reported.</summary>
    public NextStep? WhatIsNext(DateTimeOffset now)
    {
        if (Status == CycleStatus.Draft)
            return new NextStep(CycleStep.Schedule, CycleStatus.Scheduled, null, IsAutomatic: false, IsPaused, IsOverdue: false);
        if (CycleSteps.After(Status, Timetable, CertificateIssuer) is not { } step)
            return null;

        var due = step.DueAt(Timetable!);
        return new NextStep(step.Step, step.To, due, step.IsAutomatic, IsPaused, IsOverdue: due is { } d && d < now);
    }

    private StepResult Advance(CycleStep step, DateTimeOffset at, string by, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (step == CycleStep.StartPublicity && Timetable is { HasPublicity: false })
            throw CycleErrors.NoPublicity();
        if (step == CycleStep.Submit && CertificateIssuer == CertificateIssuerKind.Enterprise)
            throw CycleErrors.NothingToSubmit();
        var definition = CycleSteps.Of(step, Timetable, CertificateIssuer);
        if (Status >= definition.To)
            return StepResult.AlreadyDone;
        if (Status == CycleStatus.Draft || Timetable is null)
            throw CycleErrors.NotScheduled(step);
        if (Status != definition.From)
            throw CycleErrors.OutOfOrder(step, Status);
        if (IsPaused)
            return StepResult.Paused;

        var due = definition.DueAt(Timetable);
        if (definition.IsAutomatic && due is { } earliest && at < earliest)
            return new StepResult(StepOutcome.NotYetDue);

        TimeSpan? lateBy = due is { } planned && at > planned ? at - planned : null;
        return Record(definition.Event, definition.To, at, by, lateBy, note);
    }

    private StepResult Record(CycleEventKind what, CycleStatus to, DateTimeOffset at, string by, TimeSpan? lateBy, string? note)
    {
        var entry = new CycleEvent(what, Status, to, at, by, lateBy, note);
        Status = to;
        Add(entry);
        return new StepResult(StepOutcome.Done, entry);
    }

    private void Add(CycleEvent entry)
    {
        _history.Add(entry);
        _events.Record(new CycleMoved(this, entry));
    }
}
