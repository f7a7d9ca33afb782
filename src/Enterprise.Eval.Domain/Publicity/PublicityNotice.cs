using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Publicity;

/// <summary>
/// A cycle's publicity notice (公示): the list as it was published, the explicit period, and the objections raised.
/// Objections are accepted from <see cref="StartsAt"/> until <see cref="EndsAt"/> (exclusive). The period cannot
/// conclude while an objection is open: it is held, and the resolve of the last one concludes it.
/// </summary>
public sealed class PublicityNotice
{
    private readonly List<PublicityEntry> _entries = [];
    private readonly List<PublicityObjection> _objections = [];

    // For persistence.
    private PublicityNotice()
    {
    }

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid CycleId { get; private set; }
    public string EnterpriseName { get; private set; } = "";
    public SkillLevel Level { get; private set; }

    /// <summary>Unguessable key of the public page; the only way to reach it.</summary>
    public string Token { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>24:00 China time of <see cref="EndDate"/> (exclusive).</summary>
    public DateTimeOffset EndsAt { get; private set; }

    public DateOnly StartDate { get; private set; }
    public DateOnly FirstCountedDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public int Workdays { get; private set; }
    public bool RealNameRequired { get; private set; }

    /// <summary>Where else to object (an office, a mailbox); shown on the page. Never a phone number.</summary>
    public string? ObjectionContact { get; private set; }

    /// <summary>HR's mailbox, told when the end is held by open objections.</summary>
    public string? HrEmail { get; private set; }

    public PublicityStatus Status { get; private set; }
    public DateTimeOffset? ConcludedAt { get; private set; }

    public IReadOnlyList<PublicityEntry> Entries => _entries;
    public IReadOnlyList<PublicityObjection> Objections => _objections;

    /// <summary>公示时间：2026年3月2日至2026年3月6日（5个工作日）.</summary>
    public string PeriodText => PublicityPeriod.Describe(StartDate, FirstCountedDate, EndDate, Workdays);

    /// <summary>The list once concluded: everyone published, less those an upheld objection took off.</summary>
    public IReadOnlyList<PublicityEntry> ConfirmedEntries => _entries.Where(e => !e.IsRemoved).ToList();

    public int OpenObjections => _objections.Count(o => o.IsOpen);

    public bool IsAcceptingObjections(DateTimeOffset now) => Status == PublicityStatus.Running && now >= StartsAt && now < EndsAt;

    public static PublicityNotice Start(
        Guid id, Guid enterpriseId, Guid cycleId, string enterpriseName, SkillLevel level, string token,
        DateTimeOffset startsAt, DateTimeOffset endsAt, DateOnly firstCountedDate, int workdays,
        bool realNameRequired, IReadOnlyList<PublicityEntry> entries, string? objectionContact = null, string? hrEmail = null)
    {
        if (id == Guid.Empty) throw new ArgumentException("A notice needs an id.", nameof(id));
        if (cycleId == Guid.Empty) throw new ArgumentException("A notice needs its cycle.", nameof(cycleId));
        ArgumentException.ThrowIfNullOrWhiteSpace(enterpriseName);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(workdays, 1);
        if (endsAt <= startsAt) throw new ArgumentException("Publicity must end after it starts.", nameof(endsAt));
        if (entries.Count == 0) throw PublicityErrors.NoEntries();
        if (entries.GroupBy(e => e.ApplicationId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw PublicityErrors.DuplicateEntry(twice.Key);

        var notice = new PublicityNotice
        {
            Id = id, EnterpriseId = enterpriseId, CycleId = cycleId, EnterpriseName = enterpriseName.Trim(), Level = level, Token = token,
            StartsAt = startsAt.ToUniversalTime(), EndsAt = endsAt.ToUniversalTime(), StartDate = ChinaTime.DateOf(startsAt),
            FirstCountedDate = firstCountedDate, EndDate = ChinaTime.DateOf(endsAt.AddTicks(-1)), Workdays = workdays,
            RealNameRequired = realNameRequired, ObjectionContact = Blank(objectionContact), HrEmail = Blank(hrEmail),
            Status = PublicityStatus.Running,
        };
        notice._entries.AddRange(entries);
        return notice;
    }

    /// <summary>Records an objection, or returns every reason it cannot be (expected outcomes, not exceptions).</summary>
    public ObjectionReceipt ReceiveObjection(ObjectionSubmission submission, DateTimeOffset now)
    {
        var errors = Check(submission, now, out var text, out var name, out var contact);
        if (errors.Count > 0)
            return new ObjectionReceipt(null, errors);

        var objection = new PublicityObjection(_objections.Count + 1, submission.ApplicationId, text!, name, contact, now.ToUniversalTime());
        _objections.Add(objection);
        return new ObjectionReceipt(objection, []);
    }

    /// <summary>
    /// Every reason the submission would be refused, without recording it: lets the public page spend a rate-limit
    /// permit only on a post that would be taken.
    /// </summary>
    public IReadOnlyList<FieldError> Check(ObjectionSubmission submission, DateTimeOffset now) => Check(submission, now, out _, out _, out _);

    private List<FieldError> Check(ObjectionSubmission submission, DateTimeOffset now, out string? text, out string? name, out string? contact)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new List<FieldError>();
        text = name = contact = null;
        if (Status != PublicityStatus.Running || now >= EndsAt)
            errors.Add(new FieldError("", PublicityErrors.Ended, $"公示已于{ChinaTime.FormatDate(EndDate)}结束，不再受理异议。"));
        else if (now < StartsAt)
            errors.Add(new FieldError("", PublicityErrors.NotStarted, $"公示自{ChinaTime.FormatInstant(StartsAt)}开始，届时方可提出异议。"));
        if (errors.Count > 0)
            return errors;

        if (_entries.All(e => e.ApplicationId != submission.ApplicationId))
            errors.Add(new FieldError("entry", PublicityErrors.UnknownEntry, "请选择异议所针对的公示人员。"));
        text = Blank(submission.Text);
        if (text is null)
            errors.Add(new FieldError("text", PublicityErrors.TextRequired, "请填写异议内容（事实和理由）。"));
        else if (text.Length > PublicityErrors.MaxTextLength)
            errors.Add(new FieldError("text", PublicityErrors.TextTooLong, $"异议内容不得超过{PublicityErrors.MaxTextLength}字。"));
        name = Blank(submission.ObjectorName);
        contact = Blank(submission.ObjectorContact);
        if (RealNameRequired && name is null)
            errors.Add(new FieldError("name", PublicityErrors.NameRequired, "本次公示要求实名反映，请填写您的姓名。"));
        if (RealNameRequired && contact is null)
            errors.Add(new FieldError("contact", PublicityErrors.ContactRequired, "本次公示要求实名反映，请留下联系方式。"));
        if (name?.Length > PublicityErrors.MaxFieldLength)
            errors.Add(new FieldError("name", PublicityErrors.FieldTooLong, $"姓名不得超过{PublicityErrors.MaxFieldLength}字。"));
        else if (name is not null && name.Any(char.IsControl))
            errors.Add(new FieldError("name", PublicityErrors.NameControlCharacters, "姓名不能包含换行或其他控制字符。"));
        if (contact?.Length > PublicityErrors.MaxFieldLength)
            errors.Add(new FieldError("contact", PublicityErrors.FieldTooLong, $"联系方式不得超过{PublicityErrors.MaxFieldLength}字。"));
        else if (contact is not null)
        {
            contact = ObjectorContact.Normalise(contact);
            if (contact is null)
                errors.Add(new FieldError("contact", PublicityErrors.ContactFormat, "联系方式请填写11位手机号码或电子邮箱地址（如 zhangsan@example.com）。"));
        }
        return errors;
    }

    /// <summary>
    /// HR's decision on an objection, with a reason. Upheld takes the candidate off the list. When the period has
    /// ended and this was the last open objection, publicity concludes here.
    /// </summary>
    public PublicityConclusion Resolve(int number, bool upheld, string reason, DateTimeOffset now, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var objection = _objections.SingleOrDefault(o => o.Number == number) ?? throw PublicityErrors.ObjectionNotFound(number);
        if (!objection.IsOpen)
            throw PublicityErrors.AlreadyResolved(number);
        if (string.IsNullOrWhiteSpace(reason))
            throw PublicityErrors.ReasonRequired();

        objection.Resolve(upheld, reason.Trim(), now.ToUniversalTime(), by);
        if (upheld)
            _entries.Single(e => e.ApplicationId == objection.ApplicationId).Remove(reason.Trim());
        return Conclude(now);
    }

    /// <summary>Concludes once the period has ended and no objection is open; otherwise says why not.</summary>
    public PublicityConclusion Conclude(DateTimeOffset now)
    {
        var conclusion = ConclusionAt(now);
        switch (conclusion.Outcome)
        {
            case ConclusionOutcome.Held:
                Status = PublicityStatus.Held;
                return conclusion;
            case ConclusionOutcome.Concluded:
                break;
            default:
                return conclusion;
        }

        Status = PublicityStatus.Concluded;
        ConcludedAt = now.ToUniversalTime();
        return new PublicityConclusion(ConclusionOutcome.Concluded, 0);
    }

    /// <summary>What concluding now would come to, changing nothing: the question the cycle's conclude step asks first.</summary>
    public PublicityConclusion ConclusionAt(DateTimeOffset now)
    {
        if (Status == PublicityStatus.Concluded)
            return new PublicityConclusion(ConclusionOutcome.AlreadyConcluded, 0);
        if (now < EndsAt)
            return new PublicityConclusion(ConclusionOutcome.NotYetDue, OpenObjections);
        if (OpenObjections > 0)
            return new PublicityConclusion(ConclusionOutcome.Held, OpenObjections) { WasJustHeld = Status != PublicityStatus.Held };
        return new PublicityConclusion(ConclusionOutcome.Concluded, 0);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
