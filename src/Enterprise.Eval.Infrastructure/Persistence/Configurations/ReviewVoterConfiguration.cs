using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewVoterConfiguration : IEntityTypeConfiguration<ReviewVoterRecord>
{
    public void Configure(EntityTypeBuilder<ReviewVoterRecord> b)
    {
        b.ToTable("review_voters");
        b.HasKey(v => new { v.SessionId, v.CandidateId, v.MemberId });
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.Choice).HasConversion<string>().HasMaxLength(20);
    }
}
