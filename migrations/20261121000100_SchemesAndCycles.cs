using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// Stored schemes with their lifecycle, evaluation cycles (with a version for optimistic concurrency), each
/// cycle's timetable and its event history. Provider-agnostic, like Foundation.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000100_SchemesAndCycles")]
public sealed class SchemesAndCycles : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "scheme_documents",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                TemplateId = t.Column<string>(maxLength: 100, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                Year = t.Column<int>(nullable: false),
                TargetLevel = t.Column<string>(maxLength: 30, nullable: false),
                AssessmentRequired = t.Column<bool>(nullable: false),
                FileName = t.Column<string>(maxLength: 200, nullable: false),
                Content = t.Column<string>(nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                Status = t.Column<string>(maxLength: 30, nullable: false),
                ReturnComments = t.Column<string>(maxLength: 2000, nullable: true),
                UploadedAt = t.Column<DateTimeOffset>(nullable: false),
                UploadedBy = t.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_scheme_documents", x => x.Id);
                t.ForeignKey("FK_scheme_documents_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_scheme_documents_EnterpriseId_Sha256", "scheme_documents", ["EnterpriseId", "Sha256"]);

        m.CreateTable(
            name: "cycles",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                SchemeId = t.Column<Guid>(nullable: false),
                Year = t.Column<int>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                IsPaused = t.Column<bool>(nullable: false),
                Version = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_cycles", x => x.Id);
                t.ForeignKey("FK_cycles_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_cycles_scheme_documents_SchemeId", x => x.SchemeId, "scheme_documents", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_cycles_EnterpriseId_SchemeId_Year", "cycles", ["EnterpriseId", "SchemeId", "Year"], unique: true);
        m.CreateIndex("IX_cycles_SchemeId", "cycles", "SchemeId");

        m.CreateTable(
            name: "cycle_timetables",
            columns: t => new
            {
                CycleId = t.Column<Guid>(nullable: false),
                WindowOpensAt = t.Column<DateTimeOffset>(nullable: false),
                WindowClosesAt = t.Column<DateTimeOffset>(nullable: false),
                ReviewEndsAt = t.Column<DateTimeOffset>(nullable: false),
                PublicityStartsAt = t.Column<DateTimeOffset>(nullable: false),
                PublicityEndsAt = t.Column<DateTimeOffset>(nullable: false),
                CertificatesDueAt = t.Column<DateTimeOffset>(nullable: false),
                PublicityWorkdays = t.Column<int>(nullable: false),
                PublicityFirstCountedDate = t.Column<DateOnly>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_cycle_timetables", x => x.CycleId);
                t.ForeignKey("FK_cycle_timetables_cycles_CycleId", x => x.CycleId, "cycles", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "cycle_events",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                CycleId = t.Column<Guid>(nullable: false),
                What = t.Column<string>(maxLength: 30, nullable: false),
                From = t.Column<string>(maxLength: 20, nullable: false),
                To = t.Column<string>(maxLength: 20, nullable: false),
                At = t.Column<DateTimeOffset>(nullable: false),
                By = t.Column<string>(maxLength: 100, nullable: false),
                LateBy = t.Column<TimeSpan>(nullable: true),
                Note = t.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_cycle_events", x => x.Id);
                t.ForeignKey("FK_cycle_events_cycles_CycleId", x => x.CycleId, "cycles", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_cycle_events_CycleId", "cycle_events", "CycleId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("cycle_events");
        m.DropTable("cycle_timetables");
        m.DropTable("cycles");
        m.DropTable("scheme_documents");
    }
}
