using System.Globalization;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Roster;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Plugins.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Exports;

/// <summary>
/// The one place an export row is made. Whom a file lists follows the adapter's features (certificates, the review's
/// recommended list, or the applicants who passed the closing screening); every person's fixed fields come from the
/// roster, the application and the certificate; and every extra field a column names is filled here, from the
/// product's own data (<see cref="ExportFieldKeys.Known"/>) or from what the person running the export typed in
/// (<see cref="ExportFieldKeys.Entered"/>). So a province's new column that names a known key never touches the host.
/// </summary>
public sealed class ExportRowSource(IEvalDbContext db, ApplicantFactsLoader factsLoader)
{
    public const string ResidentIdCard = "居民身份证";

    /// <summary>Whom the adapter's file lists.</summary>
    public static ExportSubject SubjectOf(IExportAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return adapter.Features.HasFlag(ExportAdapterFeatures.RecommendedCandidates) ? ExportSubject.RecommendedCandidates
            : adapter.Features.HasFlag(ExportAdapterFeatures.Applicants) ? ExportSubject.Applicants
            : ExportSubject.Certificates;
    }

    /// <summary>The fields the person running the export types in, in column order, each with its column's header.</summary>
    public static IReadOnlyList<ExportEnteredField> EnteredFields(IExportAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return [.. adapter.GetColumns(new ExportOptions())
            .Where(c => c.ExtraKey is { } k && k.StartsWith(ExportFieldKeys.EnteredPrefix, StringComparison.Ordinal))
            .Select(c => new ExportEnteredField(c.ExtraKey![ExportFieldKeys.EnteredPrefix.Length..], c.Header))];
    }

    /// <summary>
    /// Checks the adapter's extra columns against what the host provides and what was typed in, before anything is
    /// read or written: an unknown key, a missing or unexpected typed-in value, or a phone column in a file that does
    /// not declare phone numbers is refused with its code.
    /// </summary>
    public static void CheckFields(IExportAdapter adapter, ExportOptions options, IReadOnlyDictionary<string, string> entered)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(entered);
        var columns = adapter.GetColumns(options).Where(c => c.ExtraKey is not null).ToList();
        foreach (var column in columns)
        {
            var key = column.ExtraKey!;
            if (key.StartsWith(ExportFieldKeys.EnteredPrefix, StringComparison.Ordinal))
            {
                var name = key[ExportFieldKeys.EnteredPrefix.Length..];
                if (!entered.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
                    throw new DomainException(CertificateIssueErrors.FieldNotEntered,
                        $"导出格式“{adapter.DisplayName}”的“{column.Header}”须由填报人填写：请提供 {name}（命令行 --field {name}=值，接口 fields）");
            }
            else if (!ExportFieldKeys.Known.Contains(key))
                throw new DomainException(CertificateIssueErrors.UnknownField,
                    $"导出格式“{adapter.DisplayName}”的“{column.Header}”需要系统不提供的字段“{key}”，无法导出");
            else if (key == ExportFieldKeys.Phone && !adapter.Features.HasFlag(ExportAdapterFeatures.PhoneNumbers))
                throw new DomainException(CertificateIssueErrors.UndeclaredPhoneNumbers,
                    $"导出格式“{adapter.DisplayName}”的“{column.Header}”需要手机号码，但该格式未声明含有手机号码，不能导出");
        }
        var declared = columns.Select(c => c.ExtraKey!).ToHashSet(StringComparer.Ordinal);
        foreach (var name in entered.Keys)
            if (!declared.Contains(ExportFieldKeys.Entered(name)))
                throw new DomainException(CertificateIssueErrors.FieldNotInFormat, $"导出格式“{adapter.DisplayName}”没有填写项“{name}”");
    }

    /// <summary>The rows of the cycle's file for the adapter, in file order, and the stage names for score columns.</summary>
    public async Task<ExportRows> LoadAsync(RegisteredEnterprise enterprise, Guid cycleId, IExportAdapter adapter,
        IReadOnlyDictionary<string, string> entered, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(entered);
        var subject = SubjectOf(adapter);
        // Certificates can be issued from a file without a cycle of the product's (cert issue --from): such a file is
        // still exported by its cycle id; the lists of a cycle need the cycle itself.
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId && c.EnterpriseId == enterprise.Id, ct);
        if (cycle is null && subject != ExportSubject.Certificates) throw new NotFoundException("评价周期", cycleId.ToString());
        var document = cycle is null ? null : await db.SchemeDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == cycle.SchemeId, ct);
        var scheme = document is null ? null : StoredSchemes.Of(document);

        IReadOnlyList<Certificate> certificates = [];
        List<SkillApplication> applications;
        switch (subject)
        {
            case ExportSubject.Certificates:
                certificates = (await db.Certificates.AsNoTracking()
                        .Where(c => c.EnterpriseId == enterprise.Id && c.CycleId == cycleId && c.RevokedAt == null).ToListAsync(ct))
                    // Ordinal in memory: database collations may order letters and digits differently.
                    .OrderBy(c => c.Number.Value, StringComparer.Ordinal).ToList();
                if (scheme?.Certificate.Issuer == CertificateIssuerKind.Authority)
                {
                    // The authority issued its own certificates (福建 000 四(三), 南通, 温州): the results are the numbers it gave.
                    applications = (await db.Applications.AsNoTracking()
                            .Where(a => a.EnterpriseId == enterprise.Id && a.CycleId == cycleId && a.Status == ApplicationStatus.Certified)
                            .ToListAsync(ct))
                        .Where(a => a.AuthorityCertificateNumber is not null)
                        .OrderBy(a => a.AuthorityCertificateNumber, StringComparer.Ordinal).ToList();
                    if (applications.Count == 0)
                        throw new DomainException(CertificateIssueErrors.NothingToExport, $"评价周期{cycleId}尚无认定部门颁发的证书");
                    break;
                }
                if (certificates.Count == 0)
                    throw new DomainException(CertificateIssueErrors.NothingToExport, $"评价周期{cycleId}没有可导出的有效证书");
                var holders = certificates.Select(c => c.HolderEmployeeId).Distinct().ToList();
                applications = await db.Applications.AsNoTracking()
                    .Where(a => a.CycleId == cycleId && holders.Contains(a.EmployeeId)).ToListAsync(ct);
                break;
            case ExportSubject.RecommendedCandidates:
                applications = await RecommendedAsync(cycleId, ct);
                break;
            default:
                applications = (await db.Applications.AsNoTracking()
                        .Where(a => a.EnterpriseId == enterprise.Id && a.CycleId == cycleId && ApplicationStatuses.PassedClosingScreening.Contains(a.Status))
                        .ToListAsync(ct)).ToList();
                if (applications.Count == 0)
                    throw new DomainException(CertificateIssueErrors.NothingToExport, $"评价周期{cycleId}还没有通过截止审核的申报人");
                break;
        }

        var employeeIds = certificates.Select(c => c.HolderEmployeeId).Concat(applications.Select(a => a.EmployeeId)).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking()
            .Where(e => e.EnterpriseId == enterprise.Id && employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        if (subject == ExportSubject.Applicants)
            applications = [.. applications.OrderBy(a => employees[a.EmployeeId].EmployeeNumber, StringComparer.Ordinal)];

        var options = new ExportOptions { StageNames = StageNames(certificates) };
        var wanted = adapter.GetColumns(options).Select(c => c.ExtraKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var needsFacts = wanted.Contains(ExportFieldKeys.EconomicBenefit);
        var facts = needsFacts ? await factsLoader.LoadAsync(enterprise.Id, applications, employees, ct) : null;
        var closesOn = cycle?.Timetable is { } timetable ? ChinaTime.DateOf(timetable.WindowClosesAt) : (DateOnly?)null;
        var fullIds = adapter.Features.HasFlag(ExportAdapterFeatures.FullIdNumbers);
        var byEmployee = applications.GroupBy(a => a.EmployeeId).ToDictionary(g => g.Key, g => g.First());

        ExportRow Row(Employee holder, SkillApplication? application, Certificate? certificate)
        {
            var extra = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var key in wanted)
                extra[key] = key.StartsWith(ExportFieldKeys.EnteredPrefix, StringComparison.Ordinal)
                    ? entered.GetValueOrDefault(key[ExportFieldKeys.EnteredPrefix.Length..])?.Trim()
                    : Known(key, holder, application, facts, closesOn);
            var level = certificate?.Level ?? scheme?.TargetLevel;
            var byAuthority = certificate is null && application?.AuthorityCertificateNumber is not null;
            return new ExportRow
            {
                CertificateNumber = certificate?.Number.Value ?? application?.AuthorityCertificateNumber,
                Name = certificate?.HolderName ?? holder.Name,
                IdType = ResidentIdCard,
                IdNumber = fullIds ? holder.IdNumber : PersonalDataMask.IdNumber(holder.IdNumber),
                Gender = holder.Gender == Gender.Male ? "男" : "女",
                BirthDate = holder.BirthDate,
                Education = holder.Education,
                OccupationCode = certificate?.OccupationCode ?? application?.OccupationFor(holder.OccupationCode),
                OccupationName = certificate?.OccupationName ?? (application is null ? null : OccupationNames.For(document, application, holder)),
                // The roster's 工种 belongs to the roster's occupation; an applicant who applies for another has none here.
                WorkType = certificate is not null ? certificate.WorkType
                    : application is not null && application.OccupationFor(holder.OccupationCode) == holder.OccupationCode ? holder.WorkType : null,
                LevelName = level?.ChineseName(),
                // The 职业技能等级证书's level code belongs to the enterprise's numbering; an authority's certificate has none.
                LevelCode = byAuthority ? null : level?.CertificateCode()?.ToString(),
                IssueDate = certificate?.IssueDate ?? application?.AuthorityDecidedOn,
                EvaluatorName = byAuthority ? scheme?.Certificate.Authority ?? enterprise.Name : enterprise.Name,
                // Positions 1–13 of the number: evaluator type, code, province and site, which together name the evaluator site.
                EvaluatorCode = certificate?.Number.Value[..13],
                // 工作单位 as the applicant wrote it on the form, else the enterprise (004 附表 工作单位).
                EnterpriseName = string.IsNullOrWhiteSpace(application?.Unit) ? enterprise.Name : application!.Unit!.Trim(),
                Department = string.IsNullOrWhiteSpace(application?.Department) ? holder.Department : application!.Department!.Trim(),
                StageScores = certificate is null ? new Dictionary<string, decimal?>()
                    : certificate.StageScores.GroupBy(s => s.Stage, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Score),
                Extra = extra,
            };
        }

        IReadOnlyList<ExportRow> rows = subject == ExportSubject.Certificates && certificates.Count > 0
            ? [.. certificates.Select(c => Row(employees[c.HolderEmployeeId], byEmployee.GetValueOrDefault(c.HolderEmployeeId), c))]
            : [.. applications.Select(a => Row(employees[a.EmployeeId], a, null))];
        if (adapter.Features.HasFlag(ExportAdapterFeatures.GroupedByOccupation))
            // Stable: within one occupation the subject's own order (number, list position or 工号) stays.
            rows = [.. rows.OrderBy(r => r.OccupationCode ?? "", StringComparer.Ordinal).ThenBy(r => r.WorkType ?? "", StringComparer.Ordinal)];
        return new ExportRows(subject, rows, options.StageNames);
    }

    /// <summary>Stage names in order of first appearance over the certificates (already in number order).</summary>
    public static IReadOnlyList<string> StageNames(IEnumerable<Certificate> certificates) =>
        [.. certificates.SelectMany(c => c.StageScores).Select(s => s.Stage).Distinct(StringComparer.Ordinal)];

    private async Task<List<SkillApplication>> RecommendedAsync(Guid cycleId, CancellationToken ct)
    {
        var session = await db.ReviewSessions.AsNoTracking().FirstOrDefaultAsync(s => s.CycleId == cycleId, ct);
        if (session?.ListComputedAt is null)
            throw new DomainException(CertificateIssueErrors.NothingToExport, $"评价周期{cycleId}的评审尚未形成拟推荐名单，不能导出建议人选名单");
        var lines = await db.ReviewListLines.AsNoTracking()
            .Where(l => l.SessionId == session.Id && l.List == ReviewListKind.Recommended).ToListAsync(ct);
        if (lines.Count == 0)
            throw new DomainException(CertificateIssueErrors.NothingToExport, $"评价周期{cycleId}的拟推荐名单为空");
        var ids = lines.Select(l => l.CandidateId).ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return [.. lines.OrderBy(l => l.Position).Select(l => applications[l.CandidateId])];
    }

    private static string? Known(string key, Employee holder, SkillApplication? application, LoadedApplicantFacts? facts, DateOnly? closesOn) =>
        key switch
        {
            ExportFieldKeys.RelaxationReason => application?.ClosingVerdict == VerdictKind.EligibleByRelaxation
                ? RelaxationPart(application.ClosingSummary) : null,
            ExportFieldKeys.CurrentOccupation => string.IsNullOrEmpty(holder.WorkType) || holder.WorkType == holder.OccupationName
                ? holder.OccupationName : $"{holder.OccupationName}（{holder.WorkType}）",
            ExportFieldKeys.WorkingYears => holder.WorkStartedOn is { } started && closesOn is { } end
                ? ServiceDuration.Between(started, end).Years.ToString(CultureInfo.InvariantCulture) : null,
            ExportFieldKeys.EconomicBenefit => application is null || facts is null ? null : BestEconomicBenefit(facts.For(application)),
            ExportFieldKeys.Phone => holder.Mobile,
            ExportFieldKeys.PriorityReasons => PriorityPart(application?.ClosingSummary),
            _ => null,
        };

    // The closing summary reads "经…符合条件（放宽：…）；优先考虑：…": the reason is the part before the priority note.
    private static string? RelaxationPart(string? summary) => summary?.Split('；')[0];

    private static string? PriorityPart(string? summary) =>
        summary?.Split('；').FirstOrDefault(p => p.StartsWith("优先考虑：", StringComparison.Ordinal))?["优先考虑：".Length..];

    // As 温州's condition counts it (EconomicBenefitCondition): the best year's recorded amount.
    private static string? BestEconomicBenefit(ApplicantFacts facts) =>
        facts.Achievements?.Where(r => r.Kind == AchievementKind.EconomicBenefit && r.AmountWanYuan is not null)
            .Select(r => r.AmountWanYuan!.Value).DefaultIfEmpty().Max() is { } best and > 0
            ? best.ToString("0.##", CultureInfo.InvariantCulture) : null;
}

/// <summary>A value typed in at export: its name (as given to --field) and the column header it fills.</summary>
public sealed record ExportEnteredField(string Name, string Header);

/// <summary>One export's rows and the stage names of its score columns.</summary>
public sealed record ExportRows(ExportSubject Subject, IReadOnlyList<ExportRow> Rows, IReadOnlyList<string> StageNames);
