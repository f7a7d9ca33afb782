using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ExportBatchConfiguration : IEntityTypeConfiguration<ExportBatch>
{
    public void Configure(EntityTypeBuilder<ExportBatch> b)
    {
        b.ToTable("export_batches");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EnterpriseId, x.CycleId });
        b.Property(x => x.AdapterName).IsRequired().HasMaxLength(100);
        b.Property(x => x.Sha256).IsRequired().HasMaxLength(64);
        b.Property(x => x.ExportedBy).IsRequired().HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Subject).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.AnsweredBy).HasMaxLength(100);
        b.Property(x => x.RejectedRows).HasMaxLength(4000);
        b.Property(x => x.RejectionReason).HasMaxLength(500);
    }
}
