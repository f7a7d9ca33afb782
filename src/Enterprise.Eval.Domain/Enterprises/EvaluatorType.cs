namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>Position 1 of a certificate number: who evaluates.</summary>
public enum EvaluatorType
{
    /// <summary>Y — an employer (用人单位) evaluating its own staff.</summary>
    Employer,
    /// <summary>S — a social training or evaluation organisation (社会培训评价组织).</summary>
    SocialOrganisation,
}
