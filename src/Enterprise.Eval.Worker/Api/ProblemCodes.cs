namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// Endpoint metadata: an error answer an endpoint (or a whole group) can give, with its codes. A code ending in
/// <c>*</c> is a family (<c>EVAL-CYCLE-*</c>: the domain's cycle rules). Read by <see cref="ProblemOpenApi"/>, so the
/// OpenAPI document lists every error answer; answers common to all endpoints (key, paging, idempotency) are added
/// there from the endpoint's kind and need no metadata.
/// </summary>
public sealed record ProblemCodes(int Status, IReadOnlyList<string> Codes);

/// <summary>Endpoint metadata: the endpoint is a list taking <see cref="PageQuery"/> and answering a <see cref="ListPage{T}"/>.</summary>
public sealed class PagedList
{
    public static readonly PagedList Instance = new();
}

public static class ProblemCodesExtensions
{
    public static TBuilder WithProblemCodes<TBuilder>(this TBuilder builder, int status, params string[] codes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemCodes(status, codes));

    /// <summary>The domain rules an area refuses with (422 problem+json).</summary>
    public static TBuilder WithRuleCodes<TBuilder>(this TBuilder builder, params string[] codes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithProblemCodes(StatusCodes.Status422UnprocessableEntity, codes);

    public static TBuilder WithPaging<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PagedList.Instance);
}
