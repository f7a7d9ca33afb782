using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// A misconduct record is a ban or a credit record (issue 19 point 5: 南通 002 二(六) 记入诚信记录 bars nothing). Records
/// stored before were bans.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261204193000_CreditRecords")]
public sealed class CreditRecords : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("Kind", "bans", maxLength: 20, nullable: false, defaultValue: "Ban");

    protected override void Down(MigrationBuilder m) => m.DropColumn("Kind", "bans");
}
