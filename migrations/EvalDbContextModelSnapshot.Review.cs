using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    private const string ReviewSession = "Enterprise.Eval.Application.Review.Records.ReviewSessionRecord";

    static partial void BuildReview(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(ReviewSession, b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("CycleId");
            b.Property<string>("CommitteeName").IsRequired().HasMaxLength(100);
            b.Property<string>("Level").IsRequired().HasMaxLength(30);
            b.Property<int>("MinSize");
            b.Property<int>("MaxSize");
            b.Property<decimal?>("ExpertShareValue");
            b.Property<string>("ExpertShareComparison").HasMaxLength(20);
            b.Property<bool>("OddSizeRequired");
            b.Property<bool>("VoteRequired");
            b.Property<string>("BallotKind").IsRequired().HasMaxLength(20);
            b.Property<decimal>("PassShareValue");
            b.Property<string>("PassShareComparison").IsRequired().HasMaxLength(20);
            b.Property<string>("Denominator").IsRequired().HasMaxLength(30);
            b.Property<decimal?>("QuorumValue");
            b.Property<string>("QuorumComparison").HasMaxLength(20);
            b.Property<DateTimeOffset>("OpenedAt");
            b.Property<DateTimeOffset?>("ConvenedAt");
            b.Property<long?>("ConvenedSeq");
            b.Property<int?>("TargetListSize");
            b.Property<DateTimeOffset?>("ListComputedAt");
            b.Property<long>("LastSeq").IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("CycleId").IsUnique();
            b.HasIndex("EnterpriseId");
            b.ToTable("review_sessions");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Cycles.EvaluationCycle", null).WithMany()
                .HasForeignKey("CycleId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        Child(modelBuilder, "ReviewCandidateRecord", "review_candidates", ["SessionId", "CandidateId"], b =>
        {
            b.Property<Guid>("CandidateId");
            b.Property<Guid>("EmployeeId");
            b.Property<int>("Position");
            b.Property<string>("Name").IsRequired().HasMaxLength(100);
            b.Property<string>("Gender").IsRequired().HasMaxLength(10);
            b.Property<string>("Unit").IsRequired().HasMaxLength(200);
            b.Property<string>("Department").IsRequired().HasMaxLength(200);
            b.Property<string>("OccupationCode").IsRequired().HasMaxLength(30);
            b.Property<string>("OccupationName").IsRequired().HasMaxLength(100);
            b.Property<string>("Level").IsRequired().HasMaxLength(30);
            b.Property<DateTimeOffset>("AppliedAt");
            b.Property<string>("LineManagerNumber").HasMaxLength(50);
            b.Property<string>("Region").HasMaxLength(50);
        });

        Child(modelBuilder, "ReviewMemberRecord", "review_members", ["SessionId", "MemberId"], b =>
        {
            b.Property<Guid>("MemberId");
            b.Property<int>("Position");
            b.Property<string>("Name").IsRequired().HasMaxLength(100);
            b.Property<string>("Role").IsRequired().HasMaxLength(20);
            b.Property<bool>("IsExpert");
            b.Property<string>("Title").HasMaxLength(100);
            b.Property<string>("Unit").IsRequired().HasMaxLength(200);
            b.Property<string>("Department").IsRequired().HasMaxLength(200);
            b.Property<string>("EmployeeNumber").HasMaxLength(50);
            b.Property<DateTimeOffset?>("PresentAt");
            b.Property<long?>("PresentSeq");
        });

        Child(modelBuilder, "ReviewStageRecord", "review_stages", ["SessionId", "Code"], b =>
        {
            b.Property<string>("Code").HasMaxLength(50);
            b.Property<int>("Position");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("Kind").IsRequired().HasMaxLength(20);
            b.Property<decimal>("Min");
            b.Property<decimal>("Max");
            b.Property<decimal>("Weight");
            b.Property<decimal?>("PassMarkValue");
            b.Property<string>("PassMarkComparison").HasMaxLength(20);
            b.Property<string>("Aggregation").IsRequired().HasMaxLength(20);
            b.Property<int>("TrimWhenAtLeast");
            b.Property<bool>("IsClosed");
            b.Property<DateTimeOffset?>("ClosedAt");
            b.Property<Guid?>("ClosedBy");
            b.Property<long?>("ClosedSeq");
        });

        Child(modelBuilder, "ReviewRecusalRecord", "review_recusals", ["SessionId", "MemberId", "CandidateId"], b =>
        {
            b.Property<Guid>("MemberId");
            b.Property<Guid>("CandidateId");
            b.Property<string>("Source").IsRequired().HasMaxLength(20);
            b.Property<string>("Reason").IsRequired().HasMaxLength(500);
            b.Property<DateTimeOffset>("RecordedAt");
            b.Property<long>("Seq");
        });

        Child(modelBuilder, "ReviewMarkRecord", "review_marks", ["SessionId", "StageCode", "CandidateId", "MemberId"], b =>
        {
            b.Property<string>("StageCode").HasMaxLength(50);
            b.Property<Guid>("CandidateId");
            b.Property<Guid>("MemberId");
            b.Property<decimal>("Score");
            b.Property<DateTimeOffset>("RecordedAt");
            b.Property<long>("Seq");
        });

        Child(modelBuilder, "ReviewBallotRecord", "review_ballots", ["SessionId", "CandidateId"], b =>
        {
            b.Property<Guid>("CandidateId");
            b.Property<long>("OpenedSeq");
            b.Property<bool>("IsClosed");
            b.Property<long?>("ClosedSeq");
            b.Property<int>("ForCount");
            b.Property<int>("AgainstCount");
            b.Property<int>("AbstainCount");
        });

        Child(modelBuilder, "ReviewVoterRecord", "review_voters", ["SessionId", "CandidateId", "MemberId"], b =>
        {
            b.Property<Guid>("CandidateId");
            b.Property<Guid>("MemberId");
            b.Property<string>("Choice").HasMaxLength(20);
            b.Property<DateTimeOffset>("CastAt");
            b.Property<long>("Seq");
        });

        Child(modelBuilder, "ReviewOverrideRecord", "review_overrides", ["Id"], b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("CandidateId");
            b.Property<string>("Kind").IsRequired().HasMaxLength(20);
            b.Property<string>("Reason").IsRequired().HasMaxLength(500);
            b.Property<string>("DecidedBy").IsRequired().HasMaxLength(100);
            b.Property<DateTimeOffset>("DecidedAt");
            b.Property<long>("Seq");
            b.HasIndex("SessionId");
        });

        Child(modelBuilder, "ReviewListLineRecord", "review_list_lines", ["Id"], b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("List").IsRequired().HasMaxLength(20);
            b.Property<int>("Position");
            b.Property<int>("Rank");
            b.Property<Guid>("CandidateId");
            b.Property<decimal>("CompositeScore");
            b.Property<string>("NoteCodes").IsRequired().HasMaxLength(500);
            b.Property<string>("Remarks").IsRequired().HasMaxLength(4000);
            b.HasIndex("SessionId");
        });
    }

    // Every review table hangs off its session and goes with it.
    private static void Child(ModelBuilder modelBuilder, string type, string table, string[] key,
        Action<Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder> columns)
    {
        modelBuilder.Entity("Enterprise.Eval.Application.Review.Records." + type, b =>
        {
            b.Property<Guid>("SessionId");
            columns(b);
            b.HasKey(key);
            b.ToTable(table);
            b.HasOne(ReviewSession, null).WithMany().HasForeignKey("SessionId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });
    }
}
