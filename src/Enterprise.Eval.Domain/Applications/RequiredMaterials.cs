using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// Which <c>required: true</c> items of a scheme an application still lacks. An item counts as handed in once a
/// version is uploaded and not returned (pending review counts: HR reviews it before the review starts); an item
/// for other occupations only (南通 汽车调度管理 …) is not asked of this applicant.
/// </summary>
public static class RequiredMaterials
{
    /// <summary>The required items of this applicant not handed in and not settled by HR (settled maps item code to HR's yes/no).</summary>
    public static IReadOnlyList<MaterialGap> Missing(
        MaterialRules rules, SkillApplication application, IReadOnlyCollection<string> occupationNames, IReadOnlyDictionary<string, bool> settledByHr)
    {
        ArgumentNullException.ThrowIfNull(settledByHr);
        var current = application.CurrentMaterials().ToDictionary(m => m.ItemCode, StringComparer.Ordinal);
        return
        [
            .. Asked(rules, application, occupationNames)
                .Where(i => !settledByHr.ContainsKey(i.Code))
                .Where(i => !current.TryGetValue(i.Code, out var file) || file.Review == MaterialReviewStatus.Returned)
                .Select(i => new MaterialGap(i.Code, i.Name)),
        ];
    }

    /// <summary>The required items of this applicant HR answered "no" for: not handed in, so the applicant cannot go on.</summary>
    public static IReadOnlyList<MaterialGap> Refused(
        MaterialRules rules, SkillApplication application, IReadOnlyCollection<string> occupationNames, IReadOnlyDictionary<string, bool> settledByHr)
    {
        ArgumentNullException.ThrowIfNull(settledByHr);
        return [.. Asked(rules, application, occupationNames)
            .Where(i => settledByHr.TryGetValue(i.Code, out var yes) && !yes).Select(i => new MaterialGap(i.Code, i.Name))];
    }

    /// <summary>The required items asked of this applicant.</summary>
    public static IEnumerable<MaterialItem> Asked(MaterialRules rules, SkillApplication application, IReadOnlyCollection<string> occupationNames)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(occupationNames);
        return rules.Items.Where(i => i.Required && (i.Occupations.Count == 0 || i.Occupations.Any(occupationNames.Contains)));
    }
}
