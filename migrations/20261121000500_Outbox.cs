using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>The mail outbox: one row per mail and recipient, written with the change it announces.</summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000500_Outbox")]
public sealed class Outbox : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "outbox_messages",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                EnterpriseId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 40, nullable: false),
                DedupKey = t.Column<string>(maxLength: 300, nullable: false),
                RecipientAddress = t.Column<string>(maxLength: 254, nullable: false),
                RecipientName = t.Column<string>(maxLength: 100, nullable: false),
                Subject = t.Column<string>(maxLength: 500, nullable: false),
                TextBody = t.Column<string>(nullable: false),
                HtmlBody = t.Column<string>(nullable: false),
                MessageId = t.Column<string>(maxLength: 100, nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                Attempts = t.Column<int>(nullable: false),
                DueAt = t.Column<long>(nullable: false),
                ClaimToken = t.Column<Guid>(nullable: true),
                LastError = t.Column<string>(maxLength: 1000, nullable: true),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
                SentAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_outbox_messages", x => x.Id);
                t.ForeignKey("FK_outbox_messages_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_outbox_messages_EnterpriseId_DedupKey", "outbox_messages", ["EnterpriseId", "DedupKey"], unique: true);
        m.CreateIndex("IX_outbox_messages_Status_DueAt", "outbox_messages", ["Status", "DueAt"]);
        m.CreateIndex("IX_outbox_messages_ClaimToken", "outbox_messages", "ClaimToken");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("outbox_messages");
}
