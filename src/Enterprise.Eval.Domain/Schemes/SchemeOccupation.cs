namespace Enterprise.Eval.Domain.Schemes;

/// <summary>An occupation the scheme evaluates: 2022 大典 code (6-18-01-01), name and the 工种 under it.</summary>
public sealed record SchemeOccupation(string Code, string Name, IReadOnlyList<string> WorkTypes);
