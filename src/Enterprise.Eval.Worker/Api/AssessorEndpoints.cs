using Enterprise.Eval.Application.Assessors;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// /api/assessor: the assessor's own calls with its own key (seed 004 二(三) 方案报审): the schemes submitted to it,
/// approve, return with comments. A scheme not submitted to the caller answers 404.
/// </summary>
public static class AssessorEndpoints
{
    public static IEndpointRouteBuilder MapAssessorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessor/schemes").RequireAssessorKey().WithTags("方案评估机构").WithRuleCodes("EVAL-SCHEMEDOC-*", "EVAL-ENT-020", "EVAL-ENT-021");

        group.MapGet("/", async ([AsParameters] PageQuery paging, HttpContext http, AssessmentService assessments, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            return Paging.Of(http, requested, await assessments.ListAsync(http.AssessorId(), ct), AssessorSchemeView.Of);
        }).WithSummary("报送本机构的方案（分页，待评估的在前）").WithPaging();

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, AssessmentService assessments, bool? content, CancellationToken ct) =>
            AssessorSchemeView.Of(await assessments.GetAsync(http.AssessorId(), id, ct), content == true)).WithSummary("方案详情（content=true 时附原文）");

        group.MapPost("/{id:guid}/approve", async (Guid id, HttpContext http, AssessmentService assessments, CancellationToken ct) =>
            AssessorSchemeView.Of(await assessments.ApproveAsync(http.AssessorId(), id, ct))).WithSummary("方案通过评估");

        group.MapPost("/{id:guid}/return", async (Guid id, SchemeReturnRequest body, HttpContext http, AssessmentService assessments, CancellationToken ct) =>
            AssessorSchemeView.Of(await assessments.ReturnAsync(http.AssessorId(), id, body.Comments ?? "", ct))).WithSummary("退回方案（附评估意见）");
        return app;
    }
}
