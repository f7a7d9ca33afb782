namespace Enterprise.Eval.Domain.Eligibility.Facts;

public enum AchievementKind
{
    Paper,
    Competition,
    Honour,
    Award,
    Patent,
    EconomicBenefit,
    TraineeResult,
    Standard,
    RecommendationLetter,
    /// <summary>技能工作总结: stands in for a paper in some schemes (福建 (五)).</summary>
    WorkSummary,
}
