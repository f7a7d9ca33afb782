namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>Education, ordered 初中 … 博士. 中专/技校/职高 rank with 高中; 高职 with 大专.</summary>
public enum EducationLevel
{
    JuniorMiddle = 1,
    SeniorMiddle = 2,
    Associate = 3,
    Bachelor = 4,
    Master = 5,
    Doctor = 6,
}
