using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>Applications with their material versions, and the bans recorded after falsified materials.</summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000200_Applications")]
public sealed class Applications : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "applications",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                CycleId = t.Column<Guid>(nullable: false),
                EmployeeId = t.Column<Guid>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                Education = t.Column<string>(maxLength: 50, nullable: true),
                Degree = t.Column<string>(maxLength: 50, nullable: true),
                Title = t.Column<string>(maxLength: 100, nullable: true),
                CurrentLevel = t.Column<string>(maxLength: 30, nullable: true),
                Unit = t.Column<string>(maxLength: 200, nullable: true),
                Department = t.Column<string>(maxLength: 200, nullable: true),
                Expertise = t.Column<string>(maxLength: 500, nullable: true),
                StillInOccupation = t.Column<bool>(nullable: true),
                EducationHistory = t.Column<string>(nullable: true),
                WorkHistory = t.Column<string>(nullable: true),
                AchievementsText = t.Column<string>(nullable: true),
                Awards = t.Column<string>(nullable: true),
                PledgedAt = t.Column<DateTimeOffset>(nullable: true),
                Achievements = t.Column<string>(nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
                SubmittedAt = t.Column<DateTimeOffset>(nullable: true),
                IsFrozen = t.Column<bool>(nullable: false),
                StatusReason = t.Column<string>(maxLength: 1000, nullable: true),
                SubmissionVerdict = t.Column<string>(maxLength: 30, nullable: true),
                SubmissionSummary = t.Column<string>(maxLength: 2000, nullable: true),
                ClosingVerdict = t.Column<string>(maxLength: 30, nullable: true),
                ClosingSummary = t.Column<string>(maxLength: 2000, nullable: true),
                ClosingScreenedAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_applications", x => x.Id);
                t.ForeignKey("FK_applications_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_applications_cycles_CycleId", x => x.CycleId, "cycles", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_applications_employees_EmployeeId", x => x.EmployeeId, "employees", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_applications_CycleId_EmployeeId", "applications", ["CycleId", "EmployeeId"], unique: true);
        m.CreateIndex("IX_applications_EmployeeId", "applications", "EmployeeId");
        m.CreateIndex("IX_applications_EnterpriseId", "applications", "EnterpriseId");

        m.CreateTable(
            name: "application_materials",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ApplicationId = t.Column<Guid>(nullable: false),
                ItemCode = t.Column<string>(maxLength: 50, nullable: false),
                Version = t.Column<int>(nullable: false),
                FileName = t.Column<string>(maxLength: 260, nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                SizeBytes = t.Column<long>(nullable: false),
                UploadedAt = t.Column<DateTimeOffset>(nullable: false),
                ReviewDueAt = t.Column<DateTimeOffset>(nullable: true),
                Review = t.Column<string>(maxLength: 20, nullable: false),
                ReturnReason = t.Column<string>(maxLength: 1000, nullable: true),
                ReviewedAt = t.Column<DateTimeOffset>(nullable: true),
                ReviewedBy = t.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_application_materials", x => x.Id);
                t.ForeignKey("FK_application_materials_applications_ApplicationId", x => x.ApplicationId, "applications", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_application_materials_ApplicationId_ItemCode_Version", "application_materials", ["ApplicationId", "ItemCode", "Version"], unique: true);

        m.CreateTable(
            name: "bans",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                EmployeeId = t.Column<Guid>(nullable: false),
                ApplicationId = t.Column<Guid>(nullable: true),
                StartsOn = t.Column<DateOnly>(nullable: false),
                EndsOn = t.Column<DateOnly>(nullable: false),
                Reason = t.Column<string>(maxLength: 1000, nullable: false),
                RecordedAt = t.Column<DateTimeOffset>(nullable: false),
                RecordedBy = t.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_bans", x => x.Id);
                t.ForeignKey("FK_bans_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_bans_employees_EmployeeId", x => x.EmployeeId, "employees", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_bans_EnterpriseId_EmployeeId", "bans", ["EnterpriseId", "EmployeeId"]);
        m.CreateIndex("IX_bans_EmployeeId", "bans", "EmployeeId");
        m.CreateIndex("IX_bans_ApplicationId", "bans", "ApplicationId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("bans");
        m.DropTable("application_materials");
        m.DropTable("applications");
    }
}
