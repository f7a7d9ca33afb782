namespace Enterprise.Eval.Application.Review.Records;

/// <summary>
/// A line of the last computed list (table <c>review_list_lines</c>): which list, 序号, merit rank, composite score
/// and the quota decisions behind it (codes and reasons). Recomputing replaces every line.
/// </summary>
public sealed class ReviewListLineRecord
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public ReviewListKind List { get; set; }
    public int Position { get; set; }
    public int Rank { get; set; }
    public Guid CandidateId { get; set; }
    public decimal CompositeScore { get; set; }
    public string NoteCodes { get; set; } = "";
    public string Remarks { get; set; } = "";
}
