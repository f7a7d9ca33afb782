using Enterprise.Eval.Application.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Scope).IsRequired().HasMaxLength(60);
        b.Property(x => x.Key).IsRequired().HasMaxLength(255);
        b.Property(x => x.Method).IsRequired().HasMaxLength(10);
        b.Property(x => x.Path).IsRequired().HasMaxLength(2000);
        b.Property(x => x.RequestHash).IsRequired().HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.HasIndex(x => new { x.Scope, x.Key }).IsUnique();
        b.HasIndex(x => x.ExpiresAtMs);
    }
}
