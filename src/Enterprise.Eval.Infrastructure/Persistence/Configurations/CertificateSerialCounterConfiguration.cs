using Enterprise.Eval.Infrastructure.Persistence.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class CertificateSerialCounterConfiguration : IEntityTypeConfiguration<CertificateSerialCounterRow>
{
    public void Configure(EntityTypeBuilder<CertificateSerialCounterRow> b)
    {
        b.ToTable(CertificateSerialStore.Table);
        b.HasKey(c => c.Prefix);
        b.Property(c => c.Prefix).HasMaxLength(16).ValueGeneratedNever();
    }
}
