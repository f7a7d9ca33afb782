using Enterprise.Eval.Benchmarks.Roster;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// A roster whose employees all meet the 江苏 特级技师 roster conditions for a window closing in June 2026: 高级技师
/// held for more than 5 years (obtained by 2020), still in post. Built from <see cref="RosterGenerator"/>'s valid rows,
/// keeping those who started work by 2012 so the older certificate date stays plausible.
/// </summary>
internal static class QualifyingRoster
{
    private static readonly DateOnly LatestStart = new(2012, 12, 31);

    public static GeneratedRoster Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var source = RosterGenerator.Generate(count * 2 + 100, seed: 20261122).Records;
        var records = source
            .Where(r => r.WorkStartedOn is { } started && started <= LatestStart)
            .Take(count)
            .Select(r =>
            {
                var obtained = r.WorkStartedOn!.Value.AddYears(8);
                // Line managers may have been filtered out; the roster must not point at a missing number.
                return r with
                {
                    SkillLevel = SkillLevel.SeniorTechnician, SkillLevelObtainedOn = obtained, PostStartedOn = obtained.AddDays(14),
                    LineManagerNumber = null,
                };
            })
            .ToList();
        if (records.Count < count)
            throw new InvalidOperationException($"Only {records.Count} of {count} generated employees started work by {LatestStart}.");
        return new GeneratedRoster(records, RosterGenerator.ToCsv(records));
    }
}
