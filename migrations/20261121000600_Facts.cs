using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>Imported employee facts and HR attestations on applications, both read by screening.</summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000600_Facts")]
public sealed class Facts : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "fact_records",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                EmployeeNumber = t.Column<string>(maxLength: 50, nullable: false),
                Category = t.Column<string>(maxLength: 30, nullable: false),
                Payload = t.Column<string>(nullable: false),
                ImportedAt = t.Column<DateTimeOffset>(nullable: false),
                ImportedBy = t.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_fact_records", x => x.Id);
                t.ForeignKey("FK_fact_records_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_fact_records_EnterpriseId_EmployeeNumber_Category", "fact_records", ["EnterpriseId", "EmployeeNumber", "Category"], unique: true);

        m.CreateTable(
            name: "attestations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                CycleId = t.Column<Guid>(nullable: false),
                ApplicationId = t.Column<Guid>(nullable: false),
                Item = t.Column<string>(maxLength: 100, nullable: false),
                Confirmed = t.Column<bool>(nullable: false),
                Reason = t.Column<string>(maxLength: 1000, nullable: false),
                RecordedBy = t.Column<string>(maxLength: 100, nullable: false),
                RecordedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_attestations", x => x.Id);
                t.ForeignKey("FK_attestations_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_attestations_applications_ApplicationId", x => x.ApplicationId, "applications", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_attestations_EnterpriseId_ApplicationId", "attestations", ["EnterpriseId", "ApplicationId"]);
        m.CreateIndex("IX_attestations_ApplicationId", "attestations", "ApplicationId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("attestations");
        m.DropTable("fact_records");
    }
}
