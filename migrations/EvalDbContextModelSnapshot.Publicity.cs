using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildPublicity(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Domain.Publicity.PublicityNotice", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("CycleId");
            b.Property<string>("EnterpriseName").IsRequired().HasMaxLength(200);
            b.Property<string>("Level").IsRequired().HasMaxLength(30);
            b.Property<string>("Token").IsRequired().HasMaxLength(64);
            b.Property<DateTimeOffset>("StartsAt");
            b.Property<DateTimeOffset>("EndsAt");
            b.Property<DateOnly>("StartDate");
            b.Property<DateOnly>("FirstCountedDate");
            b.Property<DateOnly>("EndDate");
            b.Property<int>("Workdays");
            b.Property<bool>("RealNameRequired");
            b.Property<string>("ObjectionContact").HasMaxLength(200);
            b.Property<string>("HrEmail").HasMaxLength(254);
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<DateTimeOffset?>("ConcludedAt");
            b.HasKey("Id");
            b.HasIndex("CycleId").IsUnique();
            b.HasIndex("EnterpriseId");
            b.HasIndex("Token").IsUnique();
            b.ToTable("publicity_notices");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Cycles.EvaluationCycle", null).WithMany()
                .HasForeignKey("CycleId").OnDelete(DeleteBehavior.Restrict).IsRequired();

            b.OwnsMany("Enterprise.Eval.Domain.Publicity.PublicityEntry", "Entries", e =>
            {
                e.Property<long>("Id").ValueGeneratedOnAdd()
                    .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .HasAnnotation("SqlServer:ValueGenerationStrategy", Microsoft.EntityFrameworkCore.Metadata.SqlServerValueGenerationStrategy.IdentityColumn)
                    .HasAnnotation("Sqlite:Autoincrement", true);
                e.Property<Guid>("NoticeId");
                e.Property<Guid>("ApplicationId");
                e.Property<Guid>("EmployeeId");
                e.Property<string>("Name").IsRequired().HasMaxLength(100);
                e.Property<string>("Gender").IsRequired().HasMaxLength(10);
                e.Property<string>("Department").IsRequired().HasMaxLength(200);
                e.Property<string>("OccupationName").IsRequired().HasMaxLength(200);
                e.Property<string>("Level").IsRequired().HasMaxLength(30);
                e.Property<string>("RemovedReason").HasMaxLength(1000);
                e.HasKey("Id");
                e.HasIndex("NoticeId");
                e.ToTable("publicity_entries");
                e.WithOwner().HasForeignKey("NoticeId");
            });

            b.OwnsMany("Enterprise.Eval.Domain.Publicity.PublicityObjection", "Objections", o =>
            {
                o.Property<long>("Id").ValueGeneratedOnAdd()
                    .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .HasAnnotation("SqlServer:ValueGenerationStrategy", Microsoft.EntityFrameworkCore.Metadata.SqlServerValueGenerationStrategy.IdentityColumn)
                    .HasAnnotation("Sqlite:Autoincrement", true);
                o.Property<Guid>("NoticeId");
                o.Property<int>("Number");
                o.Property<Guid>("ApplicationId");
                o.Property<string>("Text").IsRequired().HasMaxLength(2000);
                o.Property<string>("ObjectorName").HasMaxLength(100);
                o.Property<string>("ObjectorContact").HasMaxLength(100);
                o.Property<DateTimeOffset>("ReceivedAt");
                o.Property<string>("Status").IsRequired().HasMaxLength(20);
                o.Property<string>("Resolution").HasMaxLength(1000);
                o.Property<DateTimeOffset?>("ResolvedAt");
                o.Property<string>("ResolvedBy").HasMaxLength(100);
                o.HasKey("Id");
                o.HasIndex("NoticeId", "Number").IsUnique();
                o.ToTable("publicity_objections");
                o.WithOwner().HasForeignKey("NoticeId");
            });

            b.Navigation("Entries");
            b.Navigation("Objections");
        });
    }
}
