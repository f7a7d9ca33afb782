using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildFacts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Application.Facts.StoredFactRecord", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<string>("EmployeeNumber").IsRequired().HasMaxLength(50);
            b.Property<string>("Category").IsRequired().HasMaxLength(30);
            b.Property<string>("Payload").IsRequired();
            b.Property<DateTimeOffset>("ImportedAt");
            b.Property<string>("ImportedBy").IsRequired().HasMaxLength(100);
            b.HasKey("Id");
            b.HasIndex("EnterpriseId", "EmployeeNumber", "Category").IsUnique();
            b.ToTable("fact_records");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Application.Attestations.AttestationRecord", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("CycleId");
            b.Property<Guid>("ApplicationId");
            b.Property<string>("Item").IsRequired().HasMaxLength(100);
            b.Property<bool>("Confirmed");
            b.Property<string>("Reason").IsRequired().HasMaxLength(1000);
            b.Property<string>("RecordedBy").IsRequired().HasMaxLength(100);
            b.Property<DateTimeOffset>("RecordedAt");
            b.HasKey("Id");
            b.HasIndex("ApplicationId");
            b.HasIndex("EnterpriseId", "ApplicationId");
            b.ToTable("attestations");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Applications.SkillApplication", null).WithMany()
                .HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
    }
}
