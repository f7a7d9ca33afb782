using Enterprise.Eval.Domain.Assessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class AssessorConfiguration : IEntityTypeConfiguration<Assessor>
{
    public void Configure(EntityTypeBuilder<Assessor> b)
    {
        b.ToTable("assessors");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Name).IsRequired().HasMaxLength(Assessor.MaxNameLength);
        b.HasIndex(a => a.Name).IsUnique();
    }
}
