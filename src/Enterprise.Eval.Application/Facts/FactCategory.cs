namespace Enterprise.Eval.Application.Facts;

/// <summary>The kinds of rows a facts file carries; an import replaces an employee's stored records kind by kind.</summary>
public enum FactCategory
{
    Appraisals,
    ContinuingEducation,
    Achievements,
}
