namespace Enterprise.Eval.Worker.Api;

/// <summary>The HR contact who receives the daily digest; both empty removes it.</summary>
public sealed record HrContactBody(string? Name, string? Email);
