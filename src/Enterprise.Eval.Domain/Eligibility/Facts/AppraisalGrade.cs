namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>Yearly appraisal grade (年度考核等次), ordered so "合格及以上" is a comparison. 称职 reads as 合格.</summary>
public enum AppraisalGrade
{
    Failed = 1,          // 不合格 / 不称职
    BasicallyPassed = 2, // 基本合格 / 基本称职
    Passed = 3,          // 合格 / 称职
    Excellent = 4,       // 优秀
}
