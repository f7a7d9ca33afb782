namespace Enterprise.Eval.Domain.Certificates;

/// <summary>Position 1 of a certificate number: who evaluated (domain.md §2). The value is the letter itself.</summary>
public enum EvaluatorType
{
    /// <summary>用人单位 (an employer evaluating its own staff), letter Y.</summary>
    Employer = 'Y',

    /// <summary>社会培训评价组织, letter S.</summary>
    SocialOrganisation = 'S',
}
