using Enterprise.Eval.Application.Review;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Quotas;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// /api/cycles/{cycleId}/review: the committee review of a cycle. A committee member is a person, not an API key:
/// the enterprise's HR platform calls with its key on the member's behalf and names them by memberId.
/// </summary>
public static class ReviewEndpoints
{
    private const string OnBehalf = "（由人事平台代评审委员会成员调用，以 memberId 标识成员；成员本人不持有 API 密钥）";

    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cycles/{cycleId:guid}/review").RequireEnterpriseKey().WithTags("评审").WithRuleCodes("EVAL-REVIEW-*", "EVAL-VOTE-*", "EVAL-SCORE-*", "EVAL-QUOTA-*", "EVAL-CYCLE-*");

        group.MapPost("/", async (Guid cycleId, ReviewOpenRequest body, HttpContext http, ReviewService reviews, ReviewReportService reports, CancellationToken ct) =>
        {
            await reviews.OpenReviewAsync(http.EnterpriseId(), cycleId, body.Candidates ?? [], "api", ct);
            return Results.Created($"/api/cycles/{cycleId}/review", await reports.OverviewAsync(http.EnterpriseId(), cycleId, ct));
        }).WithSummary("开始评审：提交本周期的申报人（候选人），评审规则取自方案");

        group.MapGet("/", async (Guid cycleId, HttpContext http, ReviewReportService reports, CancellationToken ct) =>
            await reports.OverviewAsync(http.EnterpriseId(), cycleId, ct)).WithSummary("评审概况：委员会、申报人、回避、环节、已公布的表决结果");

        group.MapPut("/committee", async (Guid cycleId, CommitteeRequest body, HttpContext http, ReviewService reviews, ReviewReportService reports, CancellationToken ct) =>
        {
            var members = (body.Members ?? []).Select(m => new CommitteeMemberInput(m.MemberId, m.Name ?? "", Role(m.Role), m.IsExpert,
                m.Title, m.Unit, m.Department, m.EmployeeNumber)).ToList();
            var setting = await reviews.SetCommitteeAsync(http.EnterpriseId(), cycleId, body.Name, members, "api", ct);
            return setting.Convened
                ? Results.Ok(await reports.OverviewAsync(http.EnterpriseId(), cycleId, ct))
                : Problems.Of(StatusCodes.Status422UnprocessableEntity, setting.Violations[0].Code, "评审委员会组成不符合方案要求，未组建",
                    setting.Violations.Select(v => new { code = v.Code, message = v.Message }));
        }).WithSummary("组建评审委员会：先按方案检查人数、专家比例等，全部符合才组建，并按花名册自动识别回避");

        group.MapPost("/attendance", async (Guid cycleId, AttendanceRequest body, HttpContext http, ReviewService reviews, CancellationToken ct) =>
            Answer(await reviews.RecordAttendanceAsync(http.EnterpriseId(), cycleId, body.MemberIds ?? [], "api", ct)))
            .WithSummary("登记出席评审会议的委员（按出席人数计算表决基数和法定人数时使用；投票的委员自动计为出席）");

        group.MapPost("/conflicts", async (Guid cycleId, ConflictRequest body, HttpContext http, ReviewService reviews, CancellationToken ct) =>
            Answer(await reviews.DeclareConflictAsync(http.EnterpriseId(), cycleId, body.MemberId, body.CandidateId, body.Reason ?? "", Actor(body.MemberId), ct)))
            .WithSummary("成员主动申报回避" + OnBehalf);

        group.MapPost("/stages/{stageCode}/marks", async (Guid cycleId, string stageCode, MarkRequest body, HttpContext http, ReviewService reviews, CancellationToken ct) =>
            Answer(await reviews.RecordMarkAsync(http.EnterpriseId(), cycleId, stageCode, body.MemberId, body.CandidateId, body.Score, body.Passed, Actor(body.MemberId), ct)))
            .WithSummary("成员评分（评分环节填 score，合格/不合格环节填 passed）" + OnBehalf);

        group.MapPost("/stages/{stageCode}/close", async (Guid cycleId, string stageCode, MemberRequest body, HttpContext http, ReviewService reviews, CancellationToken ct) =>
            Answer(await reviews.CloseStageAsync(http.EnterpriseId(), cycleId, stageCode, body.MemberId, Actor(body.MemberId), ct)))
            .WithSummary("主任确认环节结束，此后评分不可更改" + OnBehalf);

        group.MapPost("/ballots/{candidateId:guid}/open", async (Guid cycleId, Guid candidateId, HttpContext http, ReviewBallotService ballots, CancellationToken ct) =>
            Answer(await ballots.OpenBallotAsync(http.EnterpriseId(), cycleId, candidateId, "api", ct))).WithSummary("对申报人发起表决（表决人数在此时确定）");

        group.MapPost("/ballots/{candidateId:guid}/votes", async (Guid cycleId, Guid candidateId, VoteRequest body, HttpContext http, ReviewBallotService ballots, CancellationToken ct) =>
            Answer(await ballots.CastAsync(http.EnterpriseId(), cycleId, candidateId, body.MemberId, Choice(body.Choice), Actor(body.MemberId), ct)))
            .WithSummary("成员投票：同意/反对/弃权；无记名表决只记录是否已投，不记录投票人与选项的对应" + OnBehalf);

        group.MapPost("/ballots/{candidateId:guid}/close", async (Guid cycleId, Guid candidateId, HttpContext http, ReviewBallotService ballots, CancellationToken ct) =>
        {
            var (outcome, result) = await ballots.CloseBallotAsync(http.EnterpriseId(), cycleId, candidateId, "api", ct);
            return outcome.IsRefused ? Refused(outcome) : Results.Ok(VoteView(result!));
        }).WithSummary("结束表决并公布结果");

        group.MapPost("/list", async (Guid cycleId, ListRequest? body, HttpContext http, ReviewRecommendationService lists, CancellationToken ct) =>
            ListView(await lists.ComputeAsync(http.EnterpriseId(), cycleId, body?.TargetListSize, "api", ct)))
            .WithSummary("按综合得分和方案名额限制生成拟推荐名单与候补名单（硬性限制转入候补，“原则上”限制给出警告）");

        group.MapPost("/overrides", async (Guid cycleId, OverrideRequest body, HttpContext http, ReviewRecommendationService lists, CancellationToken ct) =>
            Answer(await lists.OverrideAsync(http.EnterpriseId(), cycleId, body.CandidateId, Kind(body.Kind), body.Reason ?? "", "api", ct)))
            .WithSummary("人事部门调整推荐名单（列入 include / 不予推荐 exclude），须说明理由");

        group.MapGet("/list.csv", async (Guid cycleId, HttpContext http, ReviewReportService reports, CancellationToken ct) =>
            await Csv(s => reports.WriteListsAsync(http.EnterpriseId(), cycleId, s, ct), "推荐名单.csv")).WithSummary("拟推荐名单及候补名单（CSV）");
        group.MapGet("/minutes.csv", async (Guid cycleId, HttpContext http, ReviewReportService reports, CancellationToken ct) =>
            await Csv(s => reports.WriteMinutesAsync(http.EnterpriseId(), cycleId, s, ct), "评审会议记录.csv")).WithSummary("评审会议记录（CSV）");
        group.MapGet("/score-sheets.csv", async (Guid cycleId, Guid? candidateId, HttpContext http, ReviewReportService reports, CancellationToken ct) =>
            await Csv(s => reports.WriteScoreSheetsAsync(http.EnterpriseId(), cycleId, candidateId, s, ct), "评分表.csv")).WithSummary("申报人评分表（CSV，不含评委姓名）");
        group.MapGet("/panel-opinions.csv", async (Guid cycleId, string? opinion, DateOnly? date, HttpContext http, ReviewReportService reports, TimeProvider clock, CancellationToken ct) =>
            await Csv(s => reports.WritePanelOpinionsAsync(http.EnterpriseId(), cycleId, opinion ?? "",
                date ?? Domain.Common.ChinaTime.DateOf(clock.GetUtcNow()), s, ct), "评审组意见.csv")).WithSummary("温州 评审组意见栏（CSV）");
        return app;
    }

    private static async Task<IResult> Csv(Func<Stream, Task> write, string fileName)
    {
        var buffer = new MemoryStream();
        await write(buffer);
        return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", fileName);
    }

    private static string Actor(Guid memberId) => $"api:member:{memberId}";

    private static IResult Answer(ReviewOutcome outcome) => outcome.IsRefused ? Refused(outcome) : Results.Ok(new { accepted = true });

    private static IResult Refused(ReviewOutcome outcome) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, outcome.Code ?? "EVAL-REVIEW", outcome.Message ?? "请求未被接受");

    public static object VoteView(VoteRecord v) => new
    {
        candidateId = v.CandidateId, candidate = v.CandidateName, ballot = v.Kind.ToString(), members = v.Members, recused = v.Recused,
        present = v.Present, @for = v.For, against = v.Against, abstain = v.Abstain, forPercent = v.ForPercent,
        conclusion = v.Conclusion.ToString(), conclusionName = v.ConclusionName, isTie = v.IsTie, isFinal = v.IsFinal,
        voters = v.Voters.Count,
    };

    private static object ListView(RecommendationResult r) => new
    {
        recommended = r.Recommended.Select(Line), waiting = r.WaitingList.Select(Line), notRecommended = r.NotRecommended.Select(Line),
        excluded = r.Excluded.Select(Line),
        warnings = r.Warnings.Select(w => new { code = w.Code, message = w.Message }),
        rejectedOverrides = r.RejectedOverrides.Select(o => new { candidateId = o.Override.CandidateId, code = o.Outcome.Code, message = o.Outcome.Message }),
    };

    private static object Line(RecommendationLine l) => new
    {
        position = l.Position, rank = l.Rank, candidateId = l.Entry.Candidate.Id, name = l.Entry.Candidate.Name,
        occupation = l.Entry.Candidate.Occupation, composite = l.Entry.Total,
        notes = l.Notes.Select(n => new { code = n.Code, message = n.Message }),
    };

    internal static CommitteeRole Role(string? text) => text?.Trim() switch
    {
        "chair" or "Chair" or "主任" => CommitteeRole.Chair,
        "secretary" or "Secretary" or "秘书" => CommitteeRole.Secretary,
        "member" or "Member" or "委员" or null or "" => CommitteeRole.Member,
        _ => throw new ArgumentException($"职务“{text}”无效，可选 chair/member/secretary（主任/委员/秘书）"),
    };

    private static VoteChoice Choice(string? text) => text?.Trim() switch
    {
        "for" or "For" or "同意" => VoteChoice.For,
        "against" or "Against" or "反对" => VoteChoice.Against,
        "abstain" or "Abstain" or "弃权" => VoteChoice.Abstain,
        _ => throw new ArgumentException($"表决意见“{text}”无效，可选 for/against/abstain（同意/反对/弃权）"),
    };

    private static OverrideKind Kind(string? text) => text?.Trim() switch
    {
        "include" or "Include" or "列入" => OverrideKind.Include,
        "exclude" or "Exclude" or "不予推荐" => OverrideKind.Exclude,
        _ => throw new ArgumentException($"调整方式“{text}”无效，可选 include/exclude（列入/不予推荐）"),
    };
}

public sealed record ReviewOpenRequest(IReadOnlyList<ReviewCandidateInput>? Candidates);

public sealed record CommitteeRequest(string? Name, IReadOnlyList<CommitteeMemberRequest>? Members);

public sealed record CommitteeMemberRequest(Guid MemberId, string? Name, string? Role, bool IsExpert, string? Title, string? Unit,
    string? Department, string? EmployeeNumber);

public sealed record AttendanceRequest(IReadOnlyList<Guid>? MemberIds);

public sealed record ConflictRequest(Guid MemberId, Guid CandidateId, string? Reason);

public sealed record MarkRequest(Guid MemberId, Guid CandidateId, decimal? Score, bool? Passed);

public sealed record MemberRequest(Guid MemberId);

public sealed record VoteRequest(Guid MemberId, string? Choice);

public sealed record ListRequest(int? TargetListSize);

public sealed record OverrideRequest(Guid CandidateId, string? Kind, string? Reason);
