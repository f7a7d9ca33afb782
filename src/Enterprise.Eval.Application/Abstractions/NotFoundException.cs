namespace Enterprise.Eval.Application.Abstractions;

/// <summary>
/// A resource that does not exist for the caller's enterprise. Another enterprise's resource is reported the same
/// way, so a key never learns that it exists.
/// </summary>
public sealed class NotFoundException(string what, string id)
    : Exception($"未找到{what}“{id}”")
{
    public string Code => "EVAL-NOTFOUND";
}
