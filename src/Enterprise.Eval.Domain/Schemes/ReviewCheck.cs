namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// Whether a scheme's review is one that happens (issue 18 point 2): at least one stage held or a vote, and as many
/// optional stages chosen as the seed requires. Checked when a scheme is published and before a cycle's review opens.
/// </summary>
public static class ReviewCheck
{
    /// <summary>No stage held and no vote: nobody would be assessed, so everyone would pass.</summary>
    public const string EmptyReview = "EVAL-REVIEW-060";
    /// <summary>Fewer optional stages chosen than the scheme's review requirement asks.</summary>
    public const string TooFewChosen = "EVAL-REVIEW-061";

    public static IReadOnlyList<SchemeProblem> Problems(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new List<SchemeProblem>();
        var optional = scheme.ReviewStages.Where(s => s.Optional).ToList();
        var chosen = optional.Count(s => s.Chosen);
        if (scheme.Review.ChooseAtLeast > chosen)
            problems.Add(new SchemeProblem(TooFewChosen,
                $"方案须从{string.Join("、", optional.Select(s => s.Definition.Name))}中选定至少{scheme.Review.ChooseAtLeast}种评审形式" +
                $"（{scheme.Review.Source ?? "review.chooseAtLeast"}），现选定{chosen}种：请在 reviewStages 所选环节写 chosen: true"));
        if (!scheme.ReviewStages.Any(s => s.IsHeld) && scheme.Vote is null)
            problems.Add(new SchemeProblem(EmptyReview,
                "方案的评审既没有要进行的评审环节，也没有表决，所有申报人都会不经评审而通过：请在 reviewStages 中设置或选定（chosen: true）至少一个评审环节，或设置 vote"));
        return problems;
    }
}
