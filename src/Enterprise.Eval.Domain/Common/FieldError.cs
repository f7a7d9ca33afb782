namespace Enterprise.Eval.Domain.Common;

/// <summary>One problem with one input field: the field, a stable code and a Chinese message.</summary>
public sealed record FieldError(string Field, string Code, string Message);
