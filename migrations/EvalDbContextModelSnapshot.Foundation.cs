using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildFoundation(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("CreditCode").IsRequired().HasMaxLength(18);
            b.Property<string>("EvaluatorType").IsRequired().HasMaxLength(20);
            b.Property<string>("EvaluatorCode").IsRequired().HasMaxLength(4);
            b.Property<string>("ProvinceCode").IsRequired().HasMaxLength(2);
            b.Property<string>("SiteSequenceCode").IsRequired().HasMaxLength(6);
            b.Property<string>("RegistrationAuthority").IsRequired().HasMaxLength(200);
            b.Property<string>("RegistrationNumber").IsRequired().HasMaxLength(100);
            b.Property<DateOnly>("RegistrationDate");
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<DateTimeOffset>("RegisteredAt");
            b.Property<string>("HrContactName").HasMaxLength(100);
            b.Property<string>("HrContactEmail").HasMaxLength(200);
            b.HasKey("Id");
            b.HasIndex("CreditCode").IsUnique();
            b.ToTable("enterprises");
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Enterprises.ApiKey", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<string>("Prefix").IsRequired().HasMaxLength(12);
            b.Property<string>("SecretHash").IsRequired().HasMaxLength(64);
            b.Property<DateTimeOffset>("IssuedAt");
            b.Property<DateTimeOffset?>("RevokedAt");
            b.HasKey("Id");
            b.HasIndex("EnterpriseId");
            b.HasIndex("Prefix").IsUnique();
            b.ToTable("api_keys");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Roster.Employee", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<string>("EmployeeNumber").IsRequired().HasMaxLength(50);
            b.Property<string>("Name").IsRequired().HasMaxLength(100);
            b.Property<string>("IdNumber").IsRequired().HasMaxLength(18);
            b.Property<string>("Gender").IsRequired().HasMaxLength(10);
            b.Property<DateOnly>("BirthDate");
            b.Property<string>("Department").IsRequired().HasMaxLength(200);
            b.Property<string>("OccupationCode").IsRequired().HasMaxLength(20);
            b.Property<string>("OccupationName").IsRequired().HasMaxLength(100);
            b.Property<string>("WorkType").HasMaxLength(100);
            b.Property<string>("SkillLevel").IsRequired().HasMaxLength(30);
            b.Property<DateOnly?>("SkillLevelObtainedOn");
            b.Property<DateOnly?>("PostStartedOn");
            b.Property<DateOnly?>("WorkStartedOn");
            b.Property<string>("Education").HasMaxLength(20);
            b.Property<string>("TitleName").HasMaxLength(100);
            b.Property<string>("TitleRank").HasMaxLength(10);
            b.Property<string>("Email").HasMaxLength(200);
            b.Property<string>("Mobile").HasMaxLength(20);
            b.Property<string>("LineManagerNumber").HasMaxLength(50);
            b.HasKey("Id");
            b.HasIndex("EnterpriseId", "EmployeeNumber").IsUnique();
            b.ToTable("employees");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Audit.AuditRecord", b =>
        {
            b.Property<long>("Id").ValueGeneratedOnAdd()
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                .HasAnnotation("SqlServer:ValueGenerationStrategy", Microsoft.EntityFrameworkCore.Metadata.SqlServerValueGenerationStrategy.IdentityColumn)
                .HasAnnotation("Sqlite:Autoincrement", true);
            b.Property<long>("Sequence");
            b.Property<Guid?>("EnterpriseId");
            b.Property<string>("Actor").IsRequired().HasMaxLength(100);
            b.Property<DateTimeOffset>("At");
            b.Property<string>("Action").IsRequired().HasMaxLength(100);
            b.Property<string>("EntityType").IsRequired().HasMaxLength(100);
            b.Property<string>("EntityId").IsRequired().HasMaxLength(100);
            b.Property<string>("Before");
            b.Property<string>("After");
            b.Property<string>("PreviousHash").HasMaxLength(64);
            b.Property<string>("Hash").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("EnterpriseId", "Id");
            b.HasIndex("Sequence").IsUnique();
            b.ToTable("audit_records");
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Audit.AuditChainHead", b =>
        {
            b.Property<int>("Id");
            b.Property<long>("LastSequence");
            b.Property<string>("LastHash").HasMaxLength(64);
            b.HasKey("Id");
            b.ToTable("audit_chain_head");
        });
    }
}
