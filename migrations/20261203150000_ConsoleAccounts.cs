using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// People's accounts for the web console (issue 15): one enterprise each, a role, the Identity password hash (null
/// until the invitation is accepted), the lockout counters and the one-time invitation token's SHA-256. Column types
/// are left to each provider, as in the other migrations, so one migration serves SQLite, PostgreSQL and SQL Server.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261203150000_ConsoleAccounts")]
public sealed class ConsoleAccounts : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "console_accounts",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                Email = t.Column<string>(maxLength: 200, nullable: false),
                DisplayName = t.Column<string>(maxLength: 50, nullable: false),
                Role = t.Column<string>(maxLength: 30, nullable: false),
                PasswordHash = t.Column<string>(maxLength: 200, nullable: true),
                FailedSignIns = t.Column<int>(nullable: false),
                LockedOutUntil = t.Column<DateTimeOffset>(nullable: true),
                InvitationTokenHash = t.Column<string>(maxLength: 64, nullable: true),
                InvitationExpiresAt = t.Column<DateTimeOffset>(nullable: true),
                SecurityStamp = t.Column<string>(maxLength: 32, nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
                ActivatedAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_console_accounts", x => x.Id);
                t.ForeignKey("FK_console_accounts_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_console_accounts_Email", "console_accounts", "Email", unique: true);
        m.CreateIndex("IX_console_accounts_EnterpriseId", "console_accounts", "EnterpriseId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("console_accounts");
}
