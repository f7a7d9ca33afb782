using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewListLineConfiguration : IEntityTypeConfiguration<ReviewListLineRecord>
{
    public void Configure(EntityTypeBuilder<ReviewListLineRecord> b)
    {
        b.ToTable("review_list_lines");
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.List).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.NoteCodes).IsRequired().HasMaxLength(500);
        b.Property(l => l.Remarks).IsRequired().HasMaxLength(4000);
    }
}
