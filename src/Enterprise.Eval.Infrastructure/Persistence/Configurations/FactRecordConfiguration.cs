using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class FactRecordConfiguration : IEntityTypeConfiguration<StoredFactRecord>
{
    public void Configure(EntityTypeBuilder<StoredFactRecord> b)
    {
        b.ToTable("fact_records");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.EmployeeNumber).IsRequired().HasMaxLength(50);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Payload).IsRequired();
        b.Property(x => x.ImportedBy).IsRequired().HasMaxLength(100);
        b.HasIndex(x => new { x.EnterpriseId, x.EmployeeNumber, x.Category }).IsUnique();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
