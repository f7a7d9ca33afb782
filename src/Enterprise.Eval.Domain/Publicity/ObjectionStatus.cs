namespace Enterprise.Eval.Domain.Publicity;

/// <summary>Open until HR resolves it: upheld (the candidate leaves the list) or dismissed.</summary>
public enum ObjectionStatus
{
    Open = 0,
    Upheld = 1,
    Dismissed = 2,
}
