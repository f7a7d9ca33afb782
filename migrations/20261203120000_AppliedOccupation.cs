using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// 申报职业（工种） on the application (issue 18 point 6): nullable, so applications stored before it keep the
/// roster's occupation.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261203120000_AppliedOccupation")]
public sealed class AppliedOccupation : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("AppliedOccupationCode", "applications", maxLength: 20, nullable: true);

    protected override void Down(MigrationBuilder m) => m.DropColumn("AppliedOccupationCode", "applications");
}
