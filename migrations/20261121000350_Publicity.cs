using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>Publicity notices (one per cycle, with the public page's token), their list snapshot and objections.</summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000350_Publicity")]
public sealed class Publicity : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "publicity_notices",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                CycleId = t.Column<Guid>(nullable: false),
                EnterpriseName = t.Column<string>(maxLength: 200, nullable: false),
                Level = t.Column<string>(maxLength: 30, nullable: false),
                Token = t.Column<string>(maxLength: 64, nullable: false),
                StartsAt = t.Column<DateTimeOffset>(nullable: false),
                EndsAt = t.Column<DateTimeOffset>(nullable: false),
                StartDate = t.Column<DateOnly>(nullable: false),
                FirstCountedDate = t.Column<DateOnly>(nullable: false),
                EndDate = t.Column<DateOnly>(nullable: false),
                Workdays = t.Column<int>(nullable: false),
                RealNameRequired = t.Column<bool>(nullable: false),
                ObjectionContact = t.Column<string>(maxLength: 200, nullable: true),
                HrEmail = t.Column<string>(maxLength: 254, nullable: true),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                ConcludedAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_publicity_notices", x => x.Id);
                t.ForeignKey("FK_publicity_notices_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_publicity_notices_cycles_CycleId", x => x.CycleId, "cycles", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_publicity_notices_CycleId", "publicity_notices", "CycleId", unique: true);
        m.CreateIndex("IX_publicity_notices_Token", "publicity_notices", "Token", unique: true);
        m.CreateIndex("IX_publicity_notices_EnterpriseId", "publicity_notices", "EnterpriseId");

        m.CreateTable(
            name: "publicity_entries",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                NoticeId = t.Column<Guid>(nullable: false),
                ApplicationId = t.Column<Guid>(nullable: false),
                EmployeeId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                Gender = t.Column<string>(maxLength: 10, nullable: false),
                Department = t.Column<string>(maxLength: 200, nullable: false),
                OccupationName = t.Column<string>(maxLength: 200, nullable: false),
                Level = t.Column<string>(maxLength: 30, nullable: false),
                RemovedReason = t.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_publicity_entries", x => x.Id);
                t.ForeignKey("FK_publicity_entries_publicity_notices_NoticeId", x => x.NoticeId, "publicity_notices", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_publicity_entries_NoticeId", "publicity_entries", "NoticeId");

        m.CreateTable(
            name: "publicity_objections",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                NoticeId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                ApplicationId = t.Column<Guid>(nullable: false),
                Text = t.Column<string>(maxLength: 2000, nullable: false),
                ObjectorName = t.Column<string>(maxLength: 100, nullable: true),
                ObjectorContact = t.Column<string>(maxLength: 100, nullable: true),
                ReceivedAt = t.Column<DateTimeOffset>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                Resolution = t.Column<string>(maxLength: 1000, nullable: true),
                ResolvedAt = t.Column<DateTimeOffset>(nullable: true),
                ResolvedBy = t.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_publicity_objections", x => x.Id);
                t.ForeignKey("FK_publicity_objections_publicity_notices_NoticeId", x => x.NoticeId, "publicity_notices", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_publicity_objections_NoticeId_Number", "publicity_objections", ["NoticeId", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("publicity_objections");
        m.DropTable("publicity_entries");
        m.DropTable("publicity_notices");
    }
}
