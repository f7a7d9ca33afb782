using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// What the API keeps for its callers: Idempotency-Key records (answers kept 24 hours) and each application's
/// unguessable status-page token (nullable: applications made before this migration have none).
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000800_ApiAccess")]
public sealed class ApiAccess : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "idempotency_records",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Scope = t.Column<string>(maxLength: 60, nullable: false),
                Key = t.Column<string>(maxLength: 255, nullable: false),
                Method = t.Column<string>(maxLength: 10, nullable: false),
                Path = t.Column<string>(maxLength: 2000, nullable: false),
                RequestHash = t.Column<string>(maxLength: 64, nullable: false),
                Completed = t.Column<bool>(nullable: false),
                StatusCode = t.Column<int>(nullable: true),
                ContentType = t.Column<string>(maxLength: 200, nullable: true),
                Headers = t.Column<string>(nullable: true),
                ResponseBody = t.Column<byte[]>(nullable: true),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
                LockedUntilMs = t.Column<long>(nullable: false),
                ExpiresAtMs = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_idempotency_records", x => x.Id));
        m.CreateIndex("IX_idempotency_records_Scope_Key", "idempotency_records", ["Scope", "Key"], unique: true);
        m.CreateIndex("IX_idempotency_records_ExpiresAtMs", "idempotency_records", "ExpiresAtMs");

        m.AddColumn<string>(name: "StatusToken", table: "applications", maxLength: 64, nullable: true);
        m.CreateIndex("IX_applications_StatusToken", "applications", "StatusToken", unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_applications_StatusToken", "applications");
        m.DropColumn("StatusToken", "applications");
        m.DropTable("idempotency_records");
    }
}
