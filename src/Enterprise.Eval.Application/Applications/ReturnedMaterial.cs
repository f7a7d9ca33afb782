namespace Enterprise.Eval.Application.Applications;

/// <summary>A material item whose latest upload HR returned, with HR's reason.</summary>
public sealed record ReturnedMaterial(string ItemName, string Reason, DateTimeOffset? ReturnedAt);
