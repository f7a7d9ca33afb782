using Enterprise.Eval.Domain.Assessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class AssessorKeyConfiguration : IEntityTypeConfiguration<AssessorKey>
{
    public void Configure(EntityTypeBuilder<AssessorKey> b)
    {
        b.ToTable("assessor_keys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).ValueGeneratedNever();
        b.Property(k => k.Prefix).IsRequired().HasMaxLength(12);
        b.HasIndex(k => k.Prefix).IsUnique();
        b.Property(k => k.SecretHash).IsRequired().HasMaxLength(64);
        b.HasOne<Assessor>().WithMany().HasForeignKey(k => k.AssessorId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(k => k.IsActive);
    }
}
