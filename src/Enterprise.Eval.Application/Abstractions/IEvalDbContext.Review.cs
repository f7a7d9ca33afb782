using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    DbSet<ReviewSessionRecord> ReviewSessions { get; }
    DbSet<ReviewCandidateRecord> ReviewCandidates { get; }
    DbSet<ReviewMemberRecord> ReviewMembers { get; }
    DbSet<ReviewStageRecord> ReviewStages { get; }
    DbSet<ReviewRecusalRecord> ReviewRecusals { get; }
    DbSet<ReviewMarkRecord> ReviewMarks { get; }
    DbSet<ReviewBallotRecord> ReviewBallots { get; }
    DbSet<ReviewVoterRecord> ReviewVoters { get; }
    DbSet<ReviewOverrideRecord> ReviewOverrides { get; }
    DbSet<ReviewListLineRecord> ReviewListLines { get; }
}
