using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>Committee attendance: when a member was recorded present, as a step of the review's action sequence.</summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000900_ReviewAttendance")]
public sealed class ReviewAttendance : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTimeOffset>(name: "PresentAt", table: "review_members", nullable: true);
        m.AddColumn<long>(name: "PresentSeq", table: "review_members", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn(name: "PresentSeq", table: "review_members");
        m.DropColumn(name: "PresentAt", table: "review_members");
    }
}
