using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// Single sign-on from the HR platform (issue 15 point 1): a console account may be linked to the platform identity
/// provider's issuer and subject id. Unique per platform person; the filter (standard quotes, read alike by all three
/// providers) leaves the unlinked accounts out, as SQL Server would otherwise let only one NULL pair through.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261203194000_PlatformSignIn")]
public sealed class PlatformSignIn : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("PlatformIssuer", "console_accounts", maxLength: 300, nullable: true);
        m.AddColumn<string>("PlatformSubject", "console_accounts", maxLength: 200, nullable: true);
        m.CreateIndex("IX_console_accounts_PlatformIssuer_PlatformSubject", "console_accounts", ["PlatformIssuer", "PlatformSubject"],
            unique: true, filter: "\"PlatformSubject\" IS NOT NULL");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_console_accounts_PlatformIssuer_PlatformSubject", "console_accounts");
        m.DropColumn("PlatformSubject", "console_accounts");
        m.DropColumn("PlatformIssuer", "console_accounts");
    }
}
