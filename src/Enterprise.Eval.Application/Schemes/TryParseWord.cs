namespace Enterprise.Eval.Application.Schemes;

/// <summary>Reads one word of a fixed vocabulary (a rank, a grade, a route kind …).</summary>
internal delegate bool TryParseWord<T>(string text, out T value);
