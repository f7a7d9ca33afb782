namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>The antiforgery field name and request token a rendered page puts in its forms.</summary>
public sealed record ConsoleForm(string FieldName, string Token);
