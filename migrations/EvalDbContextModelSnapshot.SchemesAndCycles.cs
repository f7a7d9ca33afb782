using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildSchemesAndCycles(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Domain.SchemeDocuments.SchemeDocument", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<string>("TemplateId").IsRequired().HasMaxLength(100);
            b.Property<string>("Title").IsRequired().HasMaxLength(200);
            b.Property<int>("Year");
            b.Property<string>("TargetLevel").IsRequired().HasMaxLength(30);
            b.Property<bool>("AssessmentRequired");
            b.Property<string>("FileName").IsRequired().HasMaxLength(200);
            b.Property<string>("Content").IsRequired();
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.Property<string>("Status").IsRequired().HasMaxLength(30);
            b.Property<string>("ReturnComments").HasMaxLength(2000);
            b.Property<DateTimeOffset>("UploadedAt");
            b.Property<string>("UploadedBy").IsRequired().HasMaxLength(100);
            b.Property<DateTimeOffset>("UpdatedAt");
            b.HasKey("Id");
            b.HasIndex("EnterpriseId", "Sha256");
            b.ToTable("scheme_documents");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Cycles.EvaluationCycle", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("SchemeId");
            b.Property<int>("Year");
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<bool>("IsPaused");
            b.Property<string>("CertificateIssuer").IsRequired().HasMaxLength(20);
            b.Property<int>("Version").IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("SchemeId");
            b.HasIndex("EnterpriseId", "SchemeId", "Year").IsUnique();
            b.ToTable("cycles");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.SchemeDocuments.SchemeDocument", null).WithMany()
                .HasForeignKey("SchemeId").OnDelete(DeleteBehavior.Restrict).IsRequired();

            b.OwnsOne("Enterprise.Eval.Domain.Cycles.CycleTimetable", "Timetable", t =>
            {
                t.Property<Guid>("CycleId");
                t.Property<DateTimeOffset>("WindowOpensAt");
                t.Property<DateTimeOffset>("WindowClosesAt");
                t.Property<DateTimeOffset>("ReviewEndsAt");
                t.Property<DateTimeOffset>("PublicityStartsAt");
                t.Property<DateTimeOffset>("PublicityEndsAt");
                t.Property<DateTimeOffset>("CertificatesDueAt");
                t.Property<int>("PublicityWorkdays");
                t.Property<DateOnly>("PublicityFirstCountedDate");
                t.HasKey("CycleId");
                t.ToTable("cycle_timetables");
                t.WithOwner().HasForeignKey("CycleId");
            });

            b.OwnsMany("Enterprise.Eval.Domain.Cycles.CycleEvent", "History", e =>
            {
                e.Property<long>("Id").ValueGeneratedOnAdd()
                    .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .HasAnnotation("SqlServer:ValueGenerationStrategy", Microsoft.EntityFrameworkCore.Metadata.SqlServerValueGenerationStrategy.IdentityColumn)
                    .HasAnnotation("Sqlite:Autoincrement", true);
                e.Property<Guid>("CycleId");
                e.Property<string>("What").IsRequired().HasMaxLength(30);
                e.Property<string>("From").IsRequired().HasMaxLength(20);
                e.Property<string>("To").IsRequired().HasMaxLength(20);
                e.Property<DateTimeOffset>("At");
                e.Property<string>("By").IsRequired().HasMaxLength(100);
                e.Property<TimeSpan?>("LateBy");
                e.Property<string>("Note").HasMaxLength(500);
                e.HasKey("Id");
                e.HasIndex("CycleId");
                e.ToTable("cycle_events");
                e.WithOwner().HasForeignKey("CycleId");
            });

            b.Navigation("History");
            b.Navigation("Timetable");
        });
    }
}
