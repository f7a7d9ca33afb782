using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// Enterprises, their API keys, the staff roster and the audit trail. Provider-agnostic: column types come from each
/// provider's mapping of the CLR type, and identity columns carry both providers' annotations.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "enterprises",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                CreditCode = t.Column<string>(maxLength: 18, nullable: false),
                EvaluatorType = t.Column<string>(maxLength: 20, nullable: false),
                EvaluatorCode = t.Column<string>(maxLength: 4, nullable: false),
                ProvinceCode = t.Column<string>(maxLength: 2, nullable: false),
                SiteSequenceCode = t.Column<string>(maxLength: 6, nullable: false),
                RegistrationAuthority = t.Column<string>(maxLength: 200, nullable: false),
                RegistrationNumber = t.Column<string>(maxLength: 100, nullable: false),
                RegistrationDate = t.Column<DateOnly>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                RegisteredAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_enterprises", x => x.Id));
        m.CreateIndex("IX_enterprises_CreditCode", "enterprises", "CreditCode", unique: true);

        m.CreateTable(
            name: "api_keys",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                Prefix = t.Column<string>(maxLength: 12, nullable: false),
                SecretHash = t.Column<string>(maxLength: 64, nullable: false),
                IssuedAt = t.Column<DateTimeOffset>(nullable: false),
                RevokedAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_api_keys", x => x.Id);
                t.ForeignKey("FK_api_keys_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_api_keys_EnterpriseId", "api_keys", "EnterpriseId");
        m.CreateIndex("IX_api_keys_Prefix", "api_keys", "Prefix", unique: true);

        m.CreateTable(
            name: "employees",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                EmployeeNumber = t.Column<string>(maxLength: 50, nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                IdNumber = t.Column<string>(maxLength: 18, nullable: false),
                Gender = t.Column<string>(maxLength: 10, nullable: false),
                BirthDate = t.Column<DateOnly>(nullable: false),
                Department = t.Column<string>(maxLength: 200, nullable: false),
                OccupationCode = t.Column<string>(maxLength: 20, nullable: false),
                OccupationName = t.Column<string>(maxLength: 100, nullable: false),
                WorkType = t.Column<string>(maxLength: 100, nullable: true),
                SkillLevel = t.Column<string>(maxLength: 30, nullable: false),
                SkillLevelObtainedOn = t.Column<DateOnly>(nullable: true),
                PostStartedOn = t.Column<DateOnly>(nullable: true),
                WorkStartedOn = t.Column<DateOnly>(nullable: true),
                Education = t.Column<string>(maxLength: 20, nullable: true),
                TitleName = t.Column<string>(maxLength: 100, nullable: true),
                TitleRank = t.Column<string>(maxLength: 10, nullable: true),
                Email = t.Column<string>(maxLength: 200, nullable: true),
                Mobile = t.Column<string>(maxLength: 20, nullable: true),
                LineManagerNumber = t.Column<string>(maxLength: 50, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_employees", x => x.Id);
                t.ForeignKey("FK_employees_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_employees_EnterpriseId_EmployeeNumber", "employees", ["EnterpriseId", "EmployeeNumber"], unique: true);

        m.CreateTable(
            name: "audit_records",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Sequence = t.Column<long>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: true),
                Actor = t.Column<string>(maxLength: 100, nullable: false),
                At = t.Column<DateTimeOffset>(nullable: false),
                Action = t.Column<string>(maxLength: 100, nullable: false),
                EntityType = t.Column<string>(maxLength: 100, nullable: false),
                EntityId = t.Column<string>(maxLength: 100, nullable: false),
                Before = t.Column<string>(nullable: true),
                After = t.Column<string>(nullable: true),
                PreviousHash = t.Column<string>(maxLength: 64, nullable: true),
                Hash = t.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_audit_records", x => x.Id));
        m.CreateIndex("IX_audit_records_EnterpriseId_Id", "audit_records", ["EnterpriseId", "Id"]);
        m.CreateIndex("IX_audit_records_Sequence", "audit_records", "Sequence", unique: true);

        m.CreateTable(
            name: "audit_chain_head",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false),
                LastSequence = t.Column<long>(nullable: false),
                LastHash = t.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_audit_chain_head", x => x.Id));
        // Plain SQL: this hand-written migration has no target model for InsertData to take column types from.
        m.Sql("INSERT INTO audit_chain_head (\"Id\", \"LastSequence\") VALUES (1, 0)");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("audit_chain_head");
        m.DropTable("audit_records");
        m.DropTable("employees");
        m.DropTable("api_keys");
        m.DropTable("enterprises");
    }
}
