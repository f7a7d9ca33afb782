namespace Enterprise.Eval.Domain.Eligibility.Facts;

/// <summary>Professional title rank (职称), ordered so "at least 副高" is a comparison.</summary>
public enum TitleRank
{
    Junior = 1,        // 初级
    Intermediate = 2,  // 中级
    ViceSenior = 3,    // 副高级
    FullSenior = 4,    // 正高级
}
