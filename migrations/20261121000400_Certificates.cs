using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// Issued certificates (unique number), the serial counter of each number prefix, and the export batches handed to the
/// province. Certificates carry the cycle as a plain column: the cycles table belongs to another migration.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000400_Certificates")]
public sealed class Certificates : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "certificate_serial_counters",
            columns: t => new
            {
                Prefix = t.Column<string>(maxLength: 16, nullable: false),
                LastIssuedSerial = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_certificate_serial_counters", x => x.Prefix));

        m.CreateTable(
            name: "certificates",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                CycleId = t.Column<Guid>(nullable: true),
                Number = t.Column<string>(maxLength: 22, nullable: false),
                HolderEmployeeId = t.Column<Guid>(nullable: false),
                HolderName = t.Column<string>(maxLength: 100, nullable: false),
                OccupationCode = t.Column<string>(maxLength: 20, nullable: false),
                OccupationName = t.Column<string>(maxLength: 100, nullable: false),
                WorkType = t.Column<string>(maxLength: 100, nullable: true),
                IssueDate = t.Column<DateOnly>(nullable: false),
                StageScores = t.Column<string>(nullable: false),
                RevocationReason = t.Column<string>(maxLength: 500, nullable: true),
                RevokedAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_certificates", x => x.Id);
                t.ForeignKey("FK_certificates_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_certificates_employees_HolderEmployeeId", x => x.HolderEmployeeId, "employees", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_certificates_Number", "certificates", "Number", unique: true);
        m.CreateIndex("IX_certificates_EnterpriseId_CycleId", "certificates", ["EnterpriseId", "CycleId"]);
        m.CreateIndex("IX_certificates_HolderEmployeeId", "certificates", "HolderEmployeeId");

        m.CreateTable(
            name: "export_batches",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                CycleId = t.Column<Guid>(nullable: false),
                AdapterName = t.Column<string>(maxLength: 100, nullable: false),
                RowCount = t.Column<int>(nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                ExportedAt = t.Column<DateTimeOffset>(nullable: false),
                ExportedBy = t.Column<string>(maxLength: 100, nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                AnsweredAt = t.Column<DateTimeOffset>(nullable: true),
                AnsweredBy = t.Column<string>(maxLength: 100, nullable: true),
                RejectedRows = t.Column<string>(maxLength: 4000, nullable: true),
                RejectionReason = t.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_export_batches", x => x.Id);
                t.ForeignKey("FK_export_batches_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_export_batches_EnterpriseId_CycleId", "export_batches", ["EnterpriseId", "CycleId"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("export_batches");
        m.DropTable("certificates");
        m.DropTable("certificate_serial_counters");
    }
}
