using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>The enterprise's optional HR contact, who receives the daily mail digest.</summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000700_HrContact")]
public sealed class HrContact : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>(name: "HrContactName", table: "enterprises", maxLength: 100, nullable: true);
        m.AddColumn<string>(name: "HrContactEmail", table: "enterprises", maxLength: 200, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn(name: "HrContactEmail", table: "enterprises");
        m.DropColumn(name: "HrContactName", table: "enterprises");
    }
}
