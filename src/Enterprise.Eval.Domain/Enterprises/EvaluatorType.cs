namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>Position 1 of a certificate number: who evaluates (domain.md §2). The value is the letter itself.</summary>
public enum EvaluatorType
{
    /// <summary>Y — an employer (用人单位) evaluating its own staff.</summary>
    Employer = 'Y',
    /// <summary>S — a social training or evaluation organisation (社会培训评价组织).</summary>
    SocialOrganisation = 'S',
}
