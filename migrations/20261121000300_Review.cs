using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// The committee review of a cycle: session (rules copied from the scheme, action sequence), candidates, members,
/// stages, recusals, marks, ballots with their tallies apart from the voter list, HR overrides and the computed
/// lists. Provider-agnostic, like Foundation.
/// </summary>
[DbContext(typeof(EvalDbContext))]
[Migration("20261121000300_Review")]
public sealed class Review : Migration
{
    private const string Sessions = "review_sessions";

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: Sessions,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EnterpriseId = t.Column<Guid>(nullable: false),
                CycleId = t.Column<Guid>(nullable: false),
                CommitteeName = t.Column<string>(maxLength: 100, nullable: false),
                Level = t.Column<string>(maxLength: 30, nullable: false),
                MinSize = t.Column<int>(nullable: false),
                MaxSize = t.Column<int>(nullable: false),
                ExpertShareValue = t.Column<decimal>(nullable: true),
                ExpertShareComparison = t.Column<string>(maxLength: 20, nullable: true),
                OddSizeRequired = t.Column<bool>(nullable: false),
                VoteRequired = t.Column<bool>(nullable: false),
                BallotKind = t.Column<string>(maxLength: 20, nullable: false),
                PassShareValue = t.Column<decimal>(nullable: false),
                PassShareComparison = t.Column<string>(maxLength: 20, nullable: false),
                Denominator = t.Column<string>(maxLength: 30, nullable: false),
                QuorumValue = t.Column<decimal>(nullable: true),
                QuorumComparison = t.Column<string>(maxLength: 20, nullable: true),
                OpenedAt = t.Column<DateTimeOffset>(nullable: false),
                ConvenedAt = t.Column<DateTimeOffset>(nullable: true),
                ConvenedSeq = t.Column<long>(nullable: true),
                TargetListSize = t.Column<int>(nullable: true),
                ListComputedAt = t.Column<DateTimeOffset>(nullable: true),
                LastSeq = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_sessions", x => x.Id);
                t.ForeignKey("FK_review_sessions_enterprises_EnterpriseId", x => x.EnterpriseId, "enterprises", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_review_sessions_cycles_CycleId", x => x.CycleId, "cycles", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_review_sessions_CycleId", Sessions, "CycleId", unique: true);
        m.CreateIndex("IX_review_sessions_EnterpriseId", Sessions, "EnterpriseId");

        m.CreateTable(
            name: "review_candidates",
            columns: t => new
            {
                SessionId = t.Column<Guid>(nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                EmployeeId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                Gender = t.Column<string>(maxLength: 10, nullable: false),
                Unit = t.Column<string>(maxLength: 200, nullable: false),
                Department = t.Column<string>(maxLength: 200, nullable: false),
                OccupationCode = t.Column<string>(maxLength: 30, nullable: false),
                OccupationName = t.Column<string>(maxLength: 100, nullable: false),
                Level = t.Column<string>(maxLength: 30, nullable: false),
                AppliedAt = t.Column<DateTimeOffset>(nullable: false),
                LineManagerNumber = t.Column<string>(maxLength: 50, nullable: true),
                Region = t.Column<string>(maxLength: 50, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_candidates", x => new { x.SessionId, x.CandidateId });
                t.ForeignKey("FK_review_candidates_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "review_members",
            columns: t => new
            {
                SessionId = t.Column<Guid>(nullable: false),
                MemberId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                Role = t.Column<string>(maxLength: 20, nullable: false),
                IsExpert = t.Column<bool>(nullable: false),
                Title = t.Column<string>(maxLength: 100, nullable: true),
                Unit = t.Column<string>(maxLength: 200, nullable: false),
                Department = t.Column<string>(maxLength: 200, nullable: false),
                EmployeeNumber = t.Column<string>(maxLength: 50, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_members", x => new { x.SessionId, x.MemberId });
                t.ForeignKey("FK_review_members_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "review_stages",
            columns: t => new
            {
                SessionId = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 50, nullable: false),
                Position = t.Column<int>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Min = t.Column<decimal>(nullable: false),
                Max = t.Column<decimal>(nullable: false),
                Weight = t.Column<decimal>(nullable: false),
                PassMarkValue = t.Column<decimal>(nullable: true),
                PassMarkComparison = t.Column<string>(maxLength: 20, nullable: true),
                Aggregation = t.Column<string>(maxLength: 20, nullable: false),
                TrimWhenAtLeast = t.Column<int>(nullable: false),
                IsClosed = t.Column<bool>(nullable: false),
                ClosedAt = t.Column<DateTimeOffset>(nullable: true),
                ClosedBy = t.Column<Guid>(nullable: true),
                ClosedSeq = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_stages", x => new { x.SessionId, x.Code });
                t.ForeignKey("FK_review_stages_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "review_recusals",
            columns: t => new
            {
                SessionId = t.Column<Guid>(nullable: false),
                MemberId = t.Column<Guid>(nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                Source = t.Column<string>(maxLength: 20, nullable: false),
                Reason = t.Column<string>(maxLength: 500, nullable: false),
                RecordedAt = t.Column<DateTimeOffset>(nullable: false),
                Seq = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_recusals", x => new { x.SessionId, x.MemberId, x.CandidateId });
                t.ForeignKey("FK_review_recusals_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "review_marks",
            columns: t => new
            {
                SessionId = t.Column<Guid>(nullable: false),
                StageCode = t.Column<string>(maxLength: 50, nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                MemberId = t.Column<Guid>(nullable: false),
                Score = t.Column<decimal>(nullable: false),
                RecordedAt = t.Column<DateTimeOffset>(nullable: false),
                Seq = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_marks", x => new { x.SessionId, x.StageCode, x.CandidateId, x.MemberId });
                t.ForeignKey("FK_review_marks_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "review_ballots",
            columns: t => new
            {
                SessionId = t.Column<Guid>(nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                OpenedSeq = t.Column<long>(nullable: false),
                IsClosed = t.Column<bool>(nullable: false),
                ClosedSeq = t.Column<long>(nullable: true),
                ForCount = t.Column<int>(nullable: false),
                AgainstCount = t.Column<int>(nullable: false),
                AbstainCount = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_ballots", x => new { x.SessionId, x.CandidateId });
                t.ForeignKey("FK_review_ballots_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "review_voters",
            columns: t => new
            {
                SessionId = t.Column<Guid>(nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                MemberId = t.Column<Guid>(nullable: false),
                Choice = t.Column<string>(maxLength: 20, nullable: true),
                CastAt = t.Column<DateTimeOffset>(nullable: false),
                Seq = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_voters", x => new { x.SessionId, x.CandidateId, x.MemberId });
                t.ForeignKey("FK_review_voters_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "review_overrides",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SessionId = t.Column<Guid>(nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Reason = t.Column<string>(maxLength: 500, nullable: false),
                DecidedBy = t.Column<string>(maxLength: 100, nullable: false),
                DecidedAt = t.Column<DateTimeOffset>(nullable: false),
                Seq = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_overrides", x => x.Id);
                t.ForeignKey("FK_review_overrides_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_review_overrides_SessionId", "review_overrides", "SessionId");

        m.CreateTable(
            name: "review_list_lines",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SessionId = t.Column<Guid>(nullable: false),
                List = t.Column<string>(maxLength: 20, nullable: false),
                Position = t.Column<int>(nullable: false),
                Rank = t.Column<int>(nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                CompositeScore = t.Column<decimal>(nullable: false),
                NoteCodes = t.Column<string>(maxLength: 500, nullable: false),
                Remarks = t.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_review_list_lines", x => x.Id);
                t.ForeignKey("FK_review_list_lines_review_sessions_SessionId", x => x.SessionId, Sessions, "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_review_list_lines_SessionId", "review_list_lines", "SessionId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "review_list_lines", "review_overrides", "review_voters", "review_ballots", "review_marks",
                     "review_recusals", "review_stages", "review_members", "review_candidates", Sessions })
            m.DropTable(table);
    }
}
