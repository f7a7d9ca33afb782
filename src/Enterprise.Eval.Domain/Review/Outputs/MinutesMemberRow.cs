namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>A committee member as the minutes list them (出席/缺席).</summary>
public sealed record MinutesMemberRow(string Name, string Role, bool IsExpert, string Title, string Unit, bool Present);
