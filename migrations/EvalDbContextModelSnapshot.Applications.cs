using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildApplications(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Domain.Applications.SkillApplication", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("CycleId");
            b.Property<Guid>("EmployeeId");
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<string>("Education").HasMaxLength(50);
            b.Property<string>("Degree").HasMaxLength(50);
            b.Property<string>("Title").HasMaxLength(100);
            b.Property<string>("CurrentLevel").HasMaxLength(30);
            b.Property<string>("Unit").HasMaxLength(200);
            b.Property<string>("Department").HasMaxLength(200);
            b.Property<string>("Expertise").HasMaxLength(500);
            b.Property<string>("AppliedOccupationCode").HasMaxLength(20);
            b.Property<bool?>("StillInOccupation");
            b.Property<string>("EducationHistory");
            b.Property<string>("WorkHistory");
            b.Property<string>("AchievementsText");
            b.Property<string>("Awards");
            b.Property<DateTimeOffset?>("PledgedAt");
            b.Property<string>("Achievements").IsRequired();
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<DateTimeOffset>("UpdatedAt");
            b.Property<DateTimeOffset?>("SubmittedAt");
            b.Property<bool>("IsFrozen");
            b.Property<string>("StatusReason").HasMaxLength(1000);
            b.Property<string>("AuthorityCertificateNumber").HasMaxLength(200);
            b.Property<DateOnly?>("AuthorityDecidedOn");
            b.Property<string>("SubmissionVerdict").HasMaxLength(30);
            b.Property<string>("SubmissionSummary").HasMaxLength(2000);
            b.Property<string>("ClosingVerdict").HasMaxLength(30);
            b.Property<string>("ClosingSummary").HasMaxLength(2000);
            b.Property<DateTimeOffset?>("ClosingScreenedAt");
            b.HasKey("Id");
            b.HasIndex("EmployeeId");
            b.HasIndex("EnterpriseId");
            b.HasIndex("CycleId", "EmployeeId").IsUnique();
            b.ToTable("applications");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Cycles.EvaluationCycle", null).WithMany()
                .HasForeignKey("CycleId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Roster.Employee", null).WithMany()
                .HasForeignKey("EmployeeId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Applications.MaterialFile", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ApplicationId");
            b.Property<string>("ItemCode").IsRequired().HasMaxLength(50);
            b.Property<int>("Version");
            b.Property<string>("FileName").IsRequired().HasMaxLength(260);
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.Property<long>("SizeBytes");
            b.Property<DateTimeOffset>("UploadedAt");
            b.Property<DateTimeOffset?>("ReviewDueAt");
            b.Property<string>("Review").IsRequired().HasMaxLength(20);
            b.Property<string>("ReturnReason").HasMaxLength(1000);
            b.Property<DateTimeOffset?>("ReviewedAt");
            b.Property<string>("ReviewedBy").HasMaxLength(100);
            b.HasKey("Id");
            b.HasIndex("ApplicationId", "ItemCode", "Version").IsUnique();
            b.ToTable("application_materials");
            b.HasOne("Enterprise.Eval.Domain.Applications.SkillApplication", null).WithMany("Materials")
                .HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Applications.BanRecord", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("EmployeeId");
            b.Property<Guid?>("ApplicationId");
            b.Property<string>("Kind").IsRequired().HasMaxLength(20);
            b.Property<DateOnly>("StartsOn");
            b.Property<DateOnly>("EndsOn");
            b.Property<string>("Reason").IsRequired().HasMaxLength(1000);
            b.Property<DateTimeOffset>("RecordedAt");
            b.Property<string>("RecordedBy").IsRequired().HasMaxLength(100);
            b.HasKey("Id");
            b.HasIndex("ApplicationId");
            b.HasIndex("EmployeeId");
            b.HasIndex("EnterpriseId", "EmployeeId");
            b.ToTable("bans");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Roster.Employee", null).WithMany()
                .HasForeignKey("EmployeeId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Applications.SkillApplication", b => b.Navigation("Materials"));
    }
}
