using System.Text.Json;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.ToTable("certificates");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(c => c.HolderEmployeeId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to cycles yet: that table belongs to another feature and may not exist.
        b.HasIndex(c => new { c.EnterpriseId, c.CycleId });
        b.Property(c => c.Number).IsRequired().HasMaxLength(CertificateNumber.Length)
            .HasConversion(n => n.Value, s => CertificateNumber.FromString(s));
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.HolderName).IsRequired().HasMaxLength(100);
        b.Property(c => c.OccupationCode).IsRequired().HasMaxLength(20);
        b.Property(c => c.OccupationName).IsRequired().HasMaxLength(100);
        b.Property(c => c.WorkType).HasMaxLength(100);
        b.Property(c => c.StageScores).IsRequired()
            .HasConversion(
                s => JsonSerializer.Serialize(s, JsonSerializerOptions.Default),
                s => JsonSerializer.Deserialize<List<CertificateStageScore>>(s, JsonSerializerOptions.Default) ?? new List<CertificateStageScore>(),
                new ValueComparer<IReadOnlyList<CertificateStageScore>>(
                    (x, y) => x!.SequenceEqual(y!), x => x.Count, x => x.ToList()));
        b.Property(c => c.IssueDate);
        b.Property(c => c.HolderEmployeeId);
        b.Property(c => c.RevocationReason).HasMaxLength(500);
        b.Ignore(c => c.Level);
        b.Ignore(c => c.IsRevoked);
    }
}
