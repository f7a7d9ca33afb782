using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The one paging convention of every list (docs/api.md, "Lists"): <c>page</c> from 1, <c>pageSize</c> 1–500 (50 when
/// absent); anything else is refused 400 EVAL-API-030 naming the parameter. The answer is a <see cref="ListPage{T}"/>:
/// the page's items, the total, and <c>next</c>, the relative address of the next page (null on the last one).
/// </summary>
public static class Paging
{
    public const string BadValueCode = "EVAL-API-030";
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The page asked for; called before anything is loaded, so a bad value is refused first.</summary>
    public static (int Page, int PageSize) Read(PageQuery query) =>
        (Number(query.Page, "page", 1, int.MaxValue, 1), Number(query.PageSize, "pageSize", DefaultPageSize, MaxPageSize, 1));

    /// <summary>One page of a list already held in memory, in the order given.</summary>
    public static ListPage<TOut> Of<TIn, TOut>(HttpContext http, (int Page, int PageSize) paging, IReadOnlyList<TIn> all, Func<TIn, TOut> view)
    {
        var items = all.Skip(Skip(paging.Page, paging.PageSize)).Take(paging.PageSize).Select(view).ToList();
        return Of(http, paging.Page, paging.PageSize, all.Count, items);
    }

    /// <summary>A page whose items the caller fetched itself (from the database), with the total it counted.</summary>
    public static ListPage<T> Of<T>(HttpContext http, int page, int pageSize, int total, IReadOnlyList<T> items) =>
        new(page, pageSize, total, items, (long)page * pageSize < total ? NextLink(http, page + 1) : null);

    public static int Skip(int page, int pageSize) => (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);

    private static int Number(string? text, string name, int absent, int max, int min)
    {
        if (string.IsNullOrWhiteSpace(text)) return absent;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        var range = max == int.MaxValue ? $"从 {min} 开始的整数" : $"{min} 至 {max} 的整数";
        throw new ApiRequestException(BadValueCode, $"分页参数 {name} 的值“{text}”无效，应为{range}（例如 ?page=1&pageSize={DefaultPageSize}）");
    }

    /// <summary>The request's own path and query with only <c>page</c> changed, so filters such as cycleId carry over.</summary>
    private static string NextLink(HttpContext http, int page)
    {
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        var builder = new QueryBuilder();
        foreach (var (key, values) in query)
            if (!string.Equals(key, "page", StringComparison.OrdinalIgnoreCase))
                foreach (var value in values)
                    builder.Add(key, value ?? "");
        builder.Add("page", page.ToString(CultureInfo.InvariantCulture));
        return $"{http.Request.PathBase}{http.Request.Path}{builder.ToQueryString()}";
    }
}

/// <summary>One page of a list: <c>next</c> is the relative address of the following page, null when this is the last.</summary>
public sealed record ListPage<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items, string? Next);
