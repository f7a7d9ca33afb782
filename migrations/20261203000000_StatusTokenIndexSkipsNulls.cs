using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// The status token's unique index leaves out applications without a token (those stored before tokens existed).
/// SQLite and PostgreSQL already let several NULLs through a unique index, so for them nothing changes but the index's
/// definition; SQL Server lets one NULL through an unfiltered unique index, so there the filter is what allows a second
/// token-less row. The filter is written with standard quotes, which all three read alike.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261203000000_StatusTokenIndexSkipsNulls")]
public sealed class StatusTokenIndexSkipsNulls : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.DropIndex("IX_applications_StatusToken", "applications");
        m.CreateIndex("IX_applications_StatusToken", "applications", "StatusToken", unique: true, filter: "\"StatusToken\" IS NOT NULL");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_applications_StatusToken", "applications");
        m.CreateIndex("IX_applications_StatusToken", "applications", "StatusToken", unique: true);
    }
}
