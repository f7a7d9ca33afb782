namespace Enterprise.Eval.Domain.Cycles;

/// <summary>Who must be told about a change to a cycle (drives notifications).</summary>
[Flags]
public enum CycleAudience
{
    None = 0,
    Applicants = 1,
    Reviewers = 2,
    Administrators = 4,
}
