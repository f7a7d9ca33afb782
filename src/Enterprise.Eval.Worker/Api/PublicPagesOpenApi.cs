using System.Text.Json.Nodes;
using Enterprise.Eval.Domain.Publicity;
using Enterprise.Eval.Worker.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The public pages in the OpenAPI document: what they answer (HTML, never problem+json: people read them in a
/// browser, and a refused objection is shown on the page with its EVAL code), the objection form's fields, and that
/// they take no key.
/// </summary>
internal static class PublicPagesOpenApi
{
    public const string HtmlContentType = "text/html";

    public static OpenApiOptions AddPublicPages(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var page = context.Description.ActionDescriptor.EndpointMetadata.OfType<PublicPage>().FirstOrDefault();
        if (page is null) return Task.CompletedTask;
        operation.Security = [];
        operation.Responses = new OpenApiResponses { ["404"] = Html("链接无效（未知或格式不正确的令牌；页面不透露任何其他信息）") };
        switch (page.Kind)
        {
            case PublicPage.PageKind.Publicity:
                operation.Responses["200"] = Html("公示页面：公示名单、公示期、异议表单");
                Describe(operation, "received", "提交异议后重定向回来时的受理编号（页面显示“已受理”）");
                break;
            case PublicPage.PageKind.Status:
                operation.Description = "答复带 Cache-Control: no-store、Referrer-Policy: no-referrer、X-Robots-Tag: noindex, nofollow。姓名部分隐去，不显示身份证号和手机号。";
                operation.Responses["200"] = Html("申报进度：状态、下一步、缺少的材料、各项日期");
                break;
            case PublicPage.PageKind.ObjectionForm:
                var field = context.ApplicationServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
                operation.RequestBody = ObjectionForm(field);
                operation.Responses["302"] = new OpenApiResponse { Description = "已受理：重定向到 /publicity/{token}?received=受理编号" };
                operation.Responses["400"] = Html($"{PublicityPageEndpoints.BadFormCode}：页面已过期（防伪令牌无效或不是表单）");
                operation.Responses["413"] = Html($"{PublicityPageEndpoints.TooLargeCode}：提交内容过大");
                operation.Responses["422"] = Html("页面逐项显示未受理的原因：EVAL-PUB-001…010（内容、姓名、联系方式、公示期外），EVAL-ENT-020/021（企业已被取消或暂停）");
                operation.Responses["429"] = Html($"{PublicityPageEndpoints.RateLimitedCode}：提交过于频繁");
                break;
        }
        return Task.CompletedTask;
    });

    private static OpenApiResponse Html(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [HtmlContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
    };

    private static void Describe(OpenApiOperation operation, string name, string description)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == name))
            parameter.Description = description;
    }

    private static OpenApiRequestBody ObjectionForm(string antiforgeryField) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/x-www-form-urlencoded"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { antiforgeryField, "entry", "text" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [antiforgeryField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "防伪令牌：取自公示页面中的表单" },
                        ["entry"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "被提出异议的公示人员（公示页面表单中的选项值）" },
                        ["text"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = PublicityErrors.MaxTextLength, Description = "异议内容" },
                        ["name"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = PublicityErrors.MaxFieldLength, Description = "提出人姓名（方案要求实名时必填）" },
                        ["contact"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = PublicityErrors.MaxFieldLength, Description = "联系方式：大陆手机号或电子邮箱（方案要求实名时必填）" },
                    },
                },
            },
        },
    };
}
