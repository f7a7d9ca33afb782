using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review.Outputs;

namespace Enterprise.Eval.Application.Review;

/// <summary>The review's printable outputs as CSV: minutes, recommended and waiting lists, score sheets, 评审组意见.</summary>
public sealed class ReviewReportService(ReviewUnitOfWork work, ReviewRecommendationService lists, ReviewCsvWriter csv)
{
    public async Task<CommitteeMinutes> MinutesAsync(Guid enterpriseId, Guid cycleId, CancellationToken ct = default) =>
        ReviewOutputs.Minutes((await work.LoadAsync(enterpriseId, cycleId, ct)).Session);

    public async Task WriteMinutesAsync(Guid enterpriseId, Guid cycleId, Stream destination, CancellationToken ct = default) =>
        csv.WriteMinutes(destination, await MinutesAsync(enterpriseId, cycleId, ct));

    public async Task WriteListsAsync(Guid enterpriseId, Guid cycleId, Stream destination, CancellationToken ct = default)
    {
        var stored = await lists.ListAsync(enterpriseId, cycleId, ct);
        if (stored.ComputedAt is null)
            throw new DomainException("EVAL-REVIEW-033", "尚未生成推荐名单，请先计算推荐名单");
        csv.WriteLists(destination, stored.Rows(ReviewListKind.Recommended), stored.Rows(ReviewListKind.Waiting));
    }

    /// <summary>One applicant's score sheet, or every applicant's when <paramref name="candidateId"/> is null.</summary>
    public async Task WriteScoreSheetsAsync(Guid enterpriseId, Guid cycleId, Guid? candidateId, Stream destination,
        CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        if (candidateId is { } id && state.Candidate(id) is null)
            throw new Abstractions.NotFoundException("申报人", id.ToString());
        var ids = candidateId is { } one ? [one] : state.Candidates.OrderBy(c => c.Position).Select(c => c.CandidateId).ToList();
        csv.WriteScoreSheets(destination, ids.Select(i => ReviewOutputs.ScoreSheet(state.Session, i)));
    }

    /// <summary>温州 评审组意见 boxes for applicants whose vote has been opened; the opinion text is the panel's own.</summary>
    public async Task WritePanelOpinionsAsync(Guid enterpriseId, Guid cycleId, string opinion, DateOnly date, Stream destination,
        CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var boxes = state.Candidates.OrderBy(c => c.Position)
            .Select(c => ReviewOutputs.PanelOpinion(state.Session, c.CandidateId, opinion, date)).OfType<PanelOpinionBox>();
        csv.WritePanelOpinions(destination, boxes.ToList());
    }

    public async Task<ReviewOverview> OverviewAsync(Guid enterpriseId, Guid cycleId, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        return ReviewOverview.Of(state);
    }
}
