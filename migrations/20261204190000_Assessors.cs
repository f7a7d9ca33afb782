using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// The assessor's role (issue 19 point 1; seed 004 二(三) 方案报审): the bodies that assess schemes, their API keys
/// (SHA-256 only, as the enterprises' keys), the assessor each enterprise is assigned to (a table of its own, so the
/// enterprises table keeps its shape) and the one a scheme was submitted to. That column carries an index but no
/// foreign key: SQLite cannot add one to an existing table without rebuilding it, and a submission only ever stores
/// the id of the assessor the enterprise is assigned to.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261204190000_Assessors")]
public sealed class Assessors : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "assessors",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_assessors", x => x.Id));
        m.CreateIndex("IX_assessors_Name", "assessors", "Name", unique: true);

        m.CreateTable(
            name: "assessor_keys",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AssessorId = t.Column<Guid>(nullable: false),
                Prefix = t.Column<string>(maxLength: 12, nullable: false),
                SecretHash = t.Column<string>(maxLength: 64, nullable: false),
                IssuedAt = t.Column<DateTimeOffset>(nullable: false),
                RevokedAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_assessor_keys", x => x.Id);
                t.ForeignKey("FK_assessor_keys_assessors_AssessorId", x => x.AssessorId, "assessors", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_assessor_keys_AssessorId", "assessor_keys", "AssessorId");
        m.CreateIndex("IX_assessor_keys_Prefix", "assessor_keys", "Prefix", unique: true);

        m.CreateTable(
            name: "assessor_assignments",
            columns: t => new
            {
                EnterpriseId = t.Column<Guid>(nullable: false),
                AssessorId = t.Column<Guid>(nullable: false),
                AssignedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_assessor_assignments", x => x.EnterpriseId);
                t.ForeignKey("FK_assessor_assignments_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_assessor_assignments_assessors_AssessorId", x => x.AssessorId, "assessors", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_assessor_assignments_AssessorId", "assessor_assignments", "AssessorId");

        m.AddColumn<Guid>("AssessorId", "scheme_documents", nullable: true);
        m.CreateIndex("IX_scheme_documents_AssessorId_Status", "scheme_documents", ["AssessorId", "Status"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_scheme_documents_AssessorId_Status", "scheme_documents");
        m.DropColumn("AssessorId", "scheme_documents");
        m.DropTable("assessor_assignments");
        m.DropTable("assessor_keys");
        m.DropTable("assessors");
    }
}
