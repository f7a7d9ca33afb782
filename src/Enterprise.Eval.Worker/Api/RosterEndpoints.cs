using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/roster: import the staff roster and read it back (ID and mobile numbers masked).</summary>
public static class RosterEndpoints
{
    public static IEndpointRouteBuilder MapRosterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/roster").RequireEnterpriseKey().WithTags("职工花名册");

        group.MapPost("/", async (HttpContext http, RosterImporter importer, string? encoding, CancellationToken ct) =>
        {
            var (body, refusal) = await ImportBody.SpoolAsync(http, ct);
            if (refusal is not null) return refusal;
            var result = await importer.ImportAsync(http.EnterpriseId(), body!, encoding, "api", null, ct);
            return result.Succeeded
                ? Results.Ok(new { result.Summary!.Inserted, result.Summary.Updated, result.Summary.Unchanged, result.Notices })
                : Problems.Of(StatusCodes.Status422UnprocessableEntity, "EVAL-ROSTER-REJECTED",
                    $"花名册有{result.Errors.Count}处错误，未导入任何数据", result.Errors);
        }).WithSummary("导入花名册 CSV（UTF-8 或 GB18030；有任何错误则全部不导入）")
            .WithRuleCodes("EVAL-ROSTER-REJECTED", "EVAL-ROSTER-*", "EVAL-ID-*", "EVAL-ENT-*")
            .WithProblemCodes(StatusCodes.Status413PayloadTooLarge, ImportBody.TooLargeCode)
            .AsImport("roster import FILE");

        group.MapGet("/employees", async ([AsParameters] PageQuery paging, HttpContext http, IEvalDbContext db, CancellationToken ct) =>
        {
            var (page, size) = Paging.Read(paging);
            var query = db.Employees.AsNoTracking().Where(e => e.EnterpriseId == http.EnterpriseId());
            var total = await query.CountAsync(ct);
            var items = await query.OrderBy(e => e.EmployeeNumber).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
            return Paging.Of(http, page, size, total, items.Select(EmployeeView.Of).ToList());
        }).WithSummary("花名册（分页，按工号）").WithPaging();

        group.MapGet("/employees/{id:guid}", async (Guid id, HttpContext http, IEvalDbContext db, CancellationToken ct) =>
        {
            var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.EnterpriseId == http.EnterpriseId(), ct);
            return employee is null ? Problems.NotFound("该职工") : Results.Ok(EmployeeView.Of(employee));
        }).WithSummary("职工详情");
        return app;
    }
}

/// <summary>An employee as the API shows it: ID and mobile masked by the one rule.</summary>
public sealed record EmployeeView(
    Guid Id, string EmployeeNumber, string Name, string IdNumberMasked, string Gender, DateOnly BirthDate, string Department,
    string OccupationCode, string OccupationName, string? WorkType, string SkillLevel, DateOnly? SkillLevelObtainedOn,
    DateOnly? PostStartedOn, DateOnly? WorkStartedOn, string? Education, string? TitleName, string? TitleRank, string? Email,
    string MobileMasked)
{
    public static EmployeeView Of(Employee e) => new(
        e.Id, e.EmployeeNumber, e.Name, PersonalDataMask.IdNumber(e.IdNumber), e.Gender == Domain.People.Gender.Male ? "男" : "女", e.BirthDate,
        e.Department, e.OccupationCode, e.OccupationName, e.WorkType, e.SkillLevel.ChineseName(), e.SkillLevelObtainedOn,
        e.PostStartedOn, e.WorkStartedOn, e.Education, e.TitleName, e.TitleRank, e.Email, PersonalDataMask.Mobile(e.Mobile));
}
