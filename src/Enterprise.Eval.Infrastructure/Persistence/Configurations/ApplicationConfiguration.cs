using System.Text.Json;
using System.Text.Json.Serialization;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

/// <summary>
/// An application in <c>applications</c>, its material versions in <c>application_materials</c>. The achievement
/// records are one JSON column: they are read whole by screening and never queried one by one.
/// </summary>
internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<SkillApplication>
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<SkillApplication> b)
    {
        b.ToTable("applications");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvaluationCycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.CycleId, a.EmployeeId }).IsUnique();
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Education).HasMaxLength(50);
        b.Property(a => a.Degree).HasMaxLength(50);
        b.Property(a => a.Title).HasMaxLength(100);
        b.Property(a => a.CurrentLevel).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Unit).HasMaxLength(200);
        b.Property(a => a.Department).HasMaxLength(200);
        b.Property(a => a.Expertise).HasMaxLength(500);
        b.Property(a => a.AppliedOccupationCode).HasMaxLength(20);
        b.Property(a => a.StatusReason).HasMaxLength(1000);
        b.Property(a => a.AuthorityCertificateNumber).HasMaxLength(200);   // the scheme's numberMaxLength is at most 200
        b.Property(a => a.SubmissionVerdict).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.SubmissionSummary).HasMaxLength(2000);
        b.Property(a => a.ClosingVerdict).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.ClosingSummary).HasMaxLength(2000);
        b.Property(a => a.Achievements)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<AchievementRecord>>(v, Json) ?? new List<AchievementRecord>(),
                new ValueComparer<IReadOnlyList<AchievementRecord>>(
                    (x, y) => x != null && y != null && x.SequenceEqual(y),
                    v => v.Aggregate(0, (h, r) => HashCode.Combine(h, r.GetHashCode())),
                    v => v.ToList()))
            .IsRequired();

        b.HasMany(a => a.Materials).WithOne().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Materials).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_materials");
    }
}
