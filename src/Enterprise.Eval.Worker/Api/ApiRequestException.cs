namespace Enterprise.Eval.Worker.Api;

/// <summary>A request the API refuses before any use case runs (a bad query parameter): 400 with its own code.</summary>
public sealed class ApiRequestException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
