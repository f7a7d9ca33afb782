namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>The level of the body that granted an achievement, ordered so "省级以上" is a comparison.</summary>
public enum AchievementLevel
{
    Enterprise = 0,
    County = 1,
    Municipal = 2,
    Provincial = 3,
    National = 4,
}
