namespace Enterprise.Eval.Domain.Publicity;

/// <summary>Running from the start instant; Held once the end passed with objections open; Concluded when the list is fixed.</summary>
public enum PublicityStatus
{
    Running = 0,
    Held = 1,
    Concluded = 2,
}
