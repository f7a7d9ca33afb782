using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// Who issues a cycle's certificate (issue 19 point 2), fixed from its scheme when the cycle is drafted: cycles stored
/// before it were all enterprise-issued. On the application, the number an authority gave and the day it decided
/// (nullable: enterprise-issued certificates keep their own table).
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261204191000_CertificateIssuer")]
public sealed class CertificateIssuer : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("CertificateIssuer", "cycles", maxLength: 20, nullable: false, defaultValue: "Enterprise");
        m.AddColumn<string>("AuthorityCertificateNumber", "applications", maxLength: 200, nullable: true);
        m.AddColumn<DateOnly>("AuthorityDecidedOn", "applications", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("AuthorityDecidedOn", "applications");
        m.DropColumn("AuthorityCertificateNumber", "applications");
        m.DropColumn("CertificateIssuer", "cycles");
    }
}
