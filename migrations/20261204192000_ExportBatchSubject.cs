using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// Whom an export batch lists (issue 19 point 3): a recommended list or an applicants' table can now be sent before
/// the certificates. Batches stored before listed certificates, so they take that value.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261204192000_ExportBatchSubject")]
public sealed class ExportBatchSubject : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("Subject", "export_batches", maxLength: 30, nullable: false, defaultValue: "Certificates");

    protected override void Down(MigrationBuilder m) => m.DropColumn("Subject", "export_batches");
}
