namespace Enterprise.Eval.Domain.Review;

/// <summary>The refusals of the review, one place for their codes and Chinese wording.</summary>
public static class ReviewRefusals
{
    public static ReviewOutcome CommitteeFixed(string committee) =>
        ReviewOutcome.Refused("EVAL-REVIEW-006", $"评审委员会“{committee}”已组建完成，成员不能再调整");

    /// <summary>江苏 004 四(三) 五年内不得申请或参与: a ban bars a committee seat as it bars applying.</summary>
    public static ReviewOutcome BannedMember(string member, DateOnly until) =>
        ReviewOutcome.Refused("EVAL-REVIEW-014", $"{member}因弄虚作假处于禁止申请或参与评审期内（至{Common.ChinaTime.FormatDate(until)}），不能担任评审委员会成员");

    public static ReviewOutcome NotConvened() =>
        ReviewOutcome.Refused("EVAL-REVIEW-007", "评审委员会组成尚未通过审核，不能开始评分或表决");

    public static ReviewOutcome UnknownMember(Guid memberId) =>
        ReviewOutcome.Refused("EVAL-REVIEW-008", $"编号为{memberId}的人员不是本评审委员会成员");

    public static ReviewOutcome NonVoting(string member) =>
        ReviewOutcome.Refused("EVAL-REVIEW-009", $"{member}为评审委员会秘书，无评分和表决权");

    public static ReviewOutcome UnknownCandidate(Guid candidateId) =>
        ReviewOutcome.Refused("EVAL-REVIEW-010", $"编号为{candidateId}的申报人不在本次评审名单中");

    public static ReviewOutcome Recused(string member, string candidate) =>
        ReviewOutcome.Refused("EVAL-REVIEW-011", $"{member}对申报人{candidate}须回避，不能查看他人评分、评分或表决");

    public static ReviewOutcome ReasonRequired() =>
        ReviewOutcome.Refused("EVAL-REVIEW-012", "申报回避须说明理由");

    public static ReviewOutcome LateRecusal(string member, string candidate) =>
        ReviewOutcome.Refused("EVAL-REVIEW-013", $"{member}已对申报人{candidate}完成定稿评分或投票，回避须由评审委员会主任另行处理");

    public static ReviewOutcome UnknownStage(string stage) =>
        ReviewOutcome.Refused("EVAL-SCORE-001", $"评审环节“{stage}”不存在");

    public static ReviewOutcome StageClosed(string stage) =>
        ReviewOutcome.Refused("EVAL-SCORE-002", $"评审环节“{stage}”已由主任确认结束，不再接受评分");

    public static ReviewOutcome ScoreOutOfRange(string stage, decimal score, decimal min, decimal max) =>
        ReviewOutcome.Refused("EVAL-SCORE-003", $"评审环节“{stage}”的分数{score}超出范围，应在{min}至{max}分之间");

    public static ReviewOutcome WrongStageKind(string stage, bool scored) =>
        ReviewOutcome.Refused("EVAL-SCORE-004", scored
            ? $"评审环节“{stage}”为打分环节，请填写分数"
            : $"评审环节“{stage}”为合格/不合格审核环节，不能打分");

    public static ReviewOutcome OnlyChairCloses(string stage) =>
        ReviewOutcome.Refused("EVAL-SCORE-005", $"只有评审委员会主任可以确认结束评审环节“{stage}”");

    public static ReviewOutcome BallotClosed(string candidate) =>
        ReviewOutcome.Refused("EVAL-VOTE-001", $"申报人{candidate}的表决已结束，不再接受投票");

    public static ReviewOutcome AlreadyVoted(string member, string candidate) =>
        ReviewOutcome.Refused("EVAL-VOTE-002", $"{member}已对申报人{candidate}投票，不能重复投票");

    public static ReviewOutcome NoBallot(string candidate) =>
        ReviewOutcome.Refused("EVAL-VOTE-003", $"申报人{candidate}的表决尚未开始");

    public static ReviewOutcome BallotExists(string candidate) =>
        ReviewOutcome.Refused("EVAL-VOTE-004", $"申报人{candidate}的表决已经开始，不能重复发起");

    public static ReviewOutcome SecretBallot(string candidate) =>
        ReviewOutcome.Refused("EVAL-VOTE-005", $"申报人{candidate}的表决为无记名投票，不公开个人投票内容");
}
