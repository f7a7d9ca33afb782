using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewBallotConfiguration : IEntityTypeConfiguration<ReviewBallotRecord>
{
    public void Configure(EntityTypeBuilder<ReviewBallotRecord> b)
    {
        b.ToTable("review_ballots");
        b.HasKey(x => new { x.SessionId, x.CandidateId });
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
