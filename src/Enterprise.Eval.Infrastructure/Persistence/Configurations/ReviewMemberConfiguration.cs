using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewMemberConfiguration : IEntityTypeConfiguration<ReviewMemberRecord>
{
    public void Configure(EntityTypeBuilder<ReviewMemberRecord> b)
    {
        b.ToTable("review_members");
        b.HasKey(m => new { m.SessionId, m.MemberId });
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.Name).IsRequired().HasMaxLength(100);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Title).HasMaxLength(100);
        b.Property(m => m.Unit).IsRequired().HasMaxLength(200);
        b.Property(m => m.Department).IsRequired().HasMaxLength(200);
        b.Property(m => m.EmployeeNumber).HasMaxLength(50);
    }
}
