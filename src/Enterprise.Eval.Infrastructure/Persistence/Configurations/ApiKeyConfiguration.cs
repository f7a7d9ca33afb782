using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).ValueGeneratedNever();
        b.Property(k => k.Prefix).IsRequired().HasMaxLength(12);
        b.HasIndex(k => k.Prefix).IsUnique();
        b.Property(k => k.SecretHash).IsRequired().HasMaxLength(64);
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(k => k.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(k => k.IsActive);
    }
}
