using Enterprise.Eval.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("audit_records");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.Actor).IsRequired().HasMaxLength(100);
        b.Property(a => a.Action).IsRequired().HasMaxLength(100);
        b.Property(a => a.EntityType).IsRequired().HasMaxLength(100);
        b.Property(a => a.EntityId).IsRequired().HasMaxLength(100);
        b.HasIndex(a => new { a.EnterpriseId, a.Id });
    }
}
