using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Roster;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The gate between the closing screening and the review (issue 18 point 1): what HR must still settle for one
/// application. Attested items come from the verdict; a required material HR settles by an attestation of item
/// <c>material:CODE</c> (yes: handed in another way, e.g. on paper at 南通's 现场资格审核 002 二(二); no: not handed in).
/// </summary>
public static class ApplicationGate
{
    public const string MaterialItemPrefix = "material:";

    public static GateFinding Find(Scheme scheme, SkillApplication application, Employee employee, Verdict verdict,
        IEnumerable<AttestationRecord> attestations)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(verdict);
        var settled = SettledMaterials(application, attestations);
        var occupations = Occupations(employee);
        var pending = verdict.PendingAttestations
            .Select((code, i) => i < verdict.PendingAttestationNames.Count ? $"{verdict.PendingAttestationNames[i]}（{code}）" : code)
            .ToList();
        return new GateFinding(pending,
            RequiredMaterials.Missing(scheme.Materials, application, occupations, settled),
            RequiredMaterials.Refused(scheme.Materials, application, occupations, settled));
    }

    /// <summary>The material codes HR settled, each with its latest yes/no.</summary>
    public static IReadOnlyDictionary<string, bool> SettledMaterials(SkillApplication application, IEnumerable<AttestationRecord> attestations)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(attestations);
        return AttestationRecords.Latest(attestations.Where(a => a.ApplicationId == application.Id))
            .Where(a => a.Item.StartsWith(MaterialItemPrefix, StringComparison.Ordinal))
            .ToDictionary(a => a.Item[MaterialItemPrefix.Length..], a => a.Confirmed, StringComparer.Ordinal);
    }

    /// <summary>The names a per-occupation material item may use for the applicant (as the upload checks them).</summary>
    public static IReadOnlyCollection<string> Occupations(Employee employee) =>
        new[] { employee.OccupationName, employee.WorkType, employee.OccupationCode }.OfType<string>().Where(n => n.Length > 0).ToList();
}
