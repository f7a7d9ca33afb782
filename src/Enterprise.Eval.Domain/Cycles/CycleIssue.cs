namespace Enterprise.Eval.Domain.Cycles;

/// <summary>One validation finding: a stable code, the field it concerns and a Chinese sentence saying what to do.</summary>
public sealed record CycleIssue(string Code, string Field, string Message)
{
    public override string ToString() => $"{Code} {Message}";
}
