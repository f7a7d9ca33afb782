using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class AttestationRecordConfiguration : IEntityTypeConfiguration<AttestationRecord>
{
    public void Configure(EntityTypeBuilder<AttestationRecord> b)
    {
        b.ToTable("attestations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Item).IsRequired().HasMaxLength(100);
        b.Property(x => x.Reason).IsRequired().HasMaxLength(1000);
        b.Property(x => x.RecordedBy).IsRequired().HasMaxLength(100);
        b.HasIndex(x => new { x.EnterpriseId, x.ApplicationId });
        b.HasIndex(x => x.ApplicationId);
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SkillApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
