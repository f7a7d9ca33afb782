using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Review.Committees;

/// <summary>Checks a committee against its rules and returns every violation at once, so HR can fix them in one go.</summary>
public static class CompositionCheck
{
    public static IReadOnlyList<CompositionViolation> Run(CompositionRules rules, IReadOnlyCollection<CommitteeMember> members)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(members);
        var violations = new List<CompositionViolation>();
        var voting = members.Where(m => m.IsVoting).ToList();
        var size = voting.Count;

        if (size < rules.MinSize || size > rules.MaxSize)
            violations.Add(new("EVAL-REVIEW-001",
                $"评审委员会有表决权的成员为{size}人，应为{rules.MinSize}至{rules.MaxSize}人"));

        if (rules.OddSizeRequired && size % 2 == 0)
            violations.Add(new("EVAL-REVIEW-002", $"评审委员会有表决权的成员为{size}人，应为单数"));

        if (rules.ExpertShare is { } share)
        {
            var experts = voting.Count(m => m.IsExpert);
            if (size == 0 || !share.IsMetBy(Share.Of(experts, size)))
                violations.Add(new("EVAL-REVIEW-003",
                    $"评审委员会{size}名成员中专家{experts}人，专家占比应{Describe(share)}"));
        }

        var chairs = members.Count(m => m.Role == CommitteeRole.Chair);
        if (rules.ChairRequired && chairs != 1)
            violations.Add(new("EVAL-REVIEW-004", $"评审委员会应有且仅有1名主任（组长），现有{chairs}名"));

        var duplicate = members.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            violations.Add(new("EVAL-REVIEW-005", $"成员“{duplicate.First().Name}”在评审委员会中重复出现"));

        return violations;
    }

    private static string Describe(Threshold share)
    {
        var percent = ReviewRounding.Round(share.Value * 100m);
        var text = share.Value == 2m / 3m ? "三分之二" : $"{percent:0.##}%";
        return share.Comparison switch
        {
            Comparison.AtLeast => $"不少于{text}",
            Comparison.MoreThan => $"超过{text}",
            Comparison.AtMost => $"不超过{text}",
            Comparison.LessThan => $"不满{text}",
            _ => text,
        };
    }
}
