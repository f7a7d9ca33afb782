using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<ReviewSessionRecord> ReviewSessions => Set<ReviewSessionRecord>();
    public DbSet<ReviewCandidateRecord> ReviewCandidates => Set<ReviewCandidateRecord>();
    public DbSet<ReviewMemberRecord> ReviewMembers => Set<ReviewMemberRecord>();
    public DbSet<ReviewStageRecord> ReviewStages => Set<ReviewStageRecord>();
    public DbSet<ReviewRecusalRecord> ReviewRecusals => Set<ReviewRecusalRecord>();
    public DbSet<ReviewMarkRecord> ReviewMarks => Set<ReviewMarkRecord>();
    public DbSet<ReviewBallotRecord> ReviewBallots => Set<ReviewBallotRecord>();
    public DbSet<ReviewVoterRecord> ReviewVoters => Set<ReviewVoterRecord>();
    public DbSet<ReviewOverrideRecord> ReviewOverrides => Set<ReviewOverrideRecord>();
    public DbSet<ReviewListLineRecord> ReviewListLines => Set<ReviewListLineRecord>();
}
