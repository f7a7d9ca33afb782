namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Gathers the fact names or attestation items of several traces, first occurrence first, without duplicates. Most
/// traces have none, so the common cases return a shared empty list or the one list there is instead of copying.
/// </summary>
internal static class TraceLists
{
    public static IReadOnlyList<string> Union<T>(IReadOnlyList<T> sources, Func<T, IReadOnlyList<string>> select)
    {
        IReadOnlyList<string>? single = null;
        List<string>? merged = null;
        for (var i = 0; i < sources.Count; i++)
        {
            var items = select(sources[i]);
            if (items.Count == 0) continue;
            if (merged is null && single is null && items.Count == 1)
            {
                single = items;
                continue;
            }
            if (merged is null)
            {
                merged = new List<string>(single?.Count + items.Count ?? items.Count);
                if (single is not null) merged.Add(single[0]);
            }
            foreach (var item in items)
                if (!merged.Contains(item)) merged.Add(item);
        }
        return merged ?? single ?? [];
    }
}
