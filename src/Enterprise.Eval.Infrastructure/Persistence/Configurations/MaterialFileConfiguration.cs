using Enterprise.Eval.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class MaterialFileConfiguration : IEntityTypeConfiguration<MaterialFile>
{
    public void Configure(EntityTypeBuilder<MaterialFile> b)
    {
        b.ToTable("application_materials");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.HasIndex(m => new { m.ApplicationId, m.ItemCode, m.Version }).IsUnique();
        b.Property(m => m.ItemCode).IsRequired().HasMaxLength(50);
        b.Property(m => m.FileName).IsRequired().HasMaxLength(260);
        b.Property(m => m.Sha256).IsRequired().HasMaxLength(64);
        b.Property(m => m.Review).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.ReturnReason).HasMaxLength(1000);
        b.Property(m => m.ReviewedBy).HasMaxLength(100);
    }
}
