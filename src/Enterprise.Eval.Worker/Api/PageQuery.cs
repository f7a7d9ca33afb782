using Microsoft.AspNetCore.Mvc;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The paging parameters every list takes (<c>[AsParameters]</c>). Bound as text so that a bad value gets the API's
/// own coded answer (EVAL-API-030) rather than the framework's binding failure.
/// </summary>
public sealed class PageQuery
{
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }
}
